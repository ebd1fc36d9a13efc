// The one-on-one planner's wins log, grouped by quarter, as it prints for a performance review,
// with its print and download buttons and a way to remove a win.
import { For, Show } from 'solid-js';
import { dayLabel } from '../../../../lib/dates';
import {
  removeWin,
  reviewMarkdown,
  winsByQuarter,
  type OneOnOneDef,
  type OneOnOneState,
} from '../../../../lib/toolkit/one-on-one';
import PlannerExport from './PlannerExport';

export default function WinsReview(props: {
  def: OneOnOneDef;
  state: () => OneOnOneState;
  update: (fn: (prev: OneOnOneState) => OneOnOneState, now?: boolean) => void;
  flush: () => void;
}) {
  return (
    <section class="pl-card pl-print" aria-labelledby="oo-review-h">
      <h2 id="oo-review-h">{props.def.review.title}</h2>
      <p class="pl-print-only">{props.def.review.intro}</p>
      <Show
        when={Object.keys(props.state().wins).length > 0}
        fallback={<p class="pl-hint">No wins logged yet. Your first one will show up here, dated.</p>}
      >
        <PlannerExport
          printLabel="Print for my review"
          fileName="wins-log.txt"
          text={() => reviewMarkdown(props.def, props.state())}
          flush={props.flush}
        />
        <For each={winsByQuarter(props.state().wins)}>
          {(g) => (
            <section class="pl-quarter" aria-labelledby={`oo-q-${g.key}`}>
              <h3 id={`oo-q-${g.key}`}>{g.label}</h3>
              <ul class="pl-wins" role="list">
                <For each={g.wins}>
                  {(w) => (
                    <li>
                      <p class="pl-win-head">
                        <time datetime={w.date}>{dayLabel(w.date)}</time>
                      </p>
                      <p class="pl-text">{w.what}</p>
                      <Show when={w.impact}>
                        <p class="pl-text pl-detail">
                          {props.def.win.impact}: {w.impact}
                        </p>
                      </Show>
                      <Show when={w.helped}>
                        <p class="pl-text pl-detail">
                          {props.def.win.helped}: {w.helped}
                        </p>
                      </Show>
                      <button
                        type="button"
                        class="secondary pl-small"
                        onClick={() => {
                          if (confirm(`Remove this win from your log?\n\n${w.what}`))
                            props.update((p) => removeWin(p, w.id), true);
                        }}
                      >
                        Remove<span class="visually-hidden">: {w.what}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </section>
          )}
        </For>
      </Show>
    </section>
  );
}
