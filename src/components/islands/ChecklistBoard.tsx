// The full checklist: every lesson's group, progress overall and per group, what to do next (habits
// due again first), and the notes of items no longer on the list. Shares saved state with the
// groups embedded in lessons.
import { href } from '../../lib/base';
import { For, Show } from 'solid-js';
import { describeEntry, patchChecklist, tally, upNext, type ChecklistGroup } from '../../lib/checklist';
import { isoDay } from '../../lib/dates';
import { checklistSlot } from '../../lib/storage/slots/checklist';
import ChecklistItems from './parts/ChecklistItems';
import KeptChecklistNotes from './parts/KeptChecklistNotes';
import Meter from './parts/Meter';
import { createPersisted } from '../../client/persisted';
import { lessonHref } from '../../lib/links';

export default function ChecklistBoard(props: { groups: ChecklistGroup[] }) {
  const { value: state, set: setState, mounted } = createPersisted(checklistSlot);
  const today = isoDay(new Date());
  const all = () => props.groups.flatMap((g) => g.items);
  const overall = () => tally(all(), state(), today);
  const next = () => upNext(props.groups, state(), today, 3);
  return (
    <div class="ck-board">
      <div class="ck-summary panel">
        <Meter label="Overall" tally={overall()} />
        <button type="button" class="secondary ck-print" disabled={!mounted()} onClick={() => window.print()}>
          Print my checklist
        </button>
        <h2 class="ck-next-title">What to do next</h2>
        <Show
          when={next().length > 0}
          fallback={
            <p>
              You've done every step at least once. Keep the habits going, and take your notes to your{' '}
              <a href={href('/lessons/grow-together/#speak-up-for-your-own-career')}>next career conversation</a>.
            </p>
          }
        >
          <ul class="ck-next">
            <For each={next()}>
              {(i) => (
                <li>
                  <a href={`#item-${i.id}`}>{i.text}</a>{' '}
                  <span class="muted">
                    (
                    {i.status === 'due'
                      ? `due again; ${describeEntry(i, state().items[i.id]) || 'no date recorded'}`
                      : i.lessonTitle}
                    )
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <For each={props.groups}>
        {(g, gi) => (
          <section class="ck-section draw-near" aria-labelledby={`group-${g.lesson}`}>
            <div class="ck-section-head">
              <h2 id={`group-${g.lesson}`}>
                {gi() + 1}. <a href={lessonHref(g.lesson)}>{g.title}</a>
              </h2>
              <Meter label={g.title} tally={tally(g.items, state(), today)} compact />
            </div>
            <ChecklistItems
              items={g.items}
              state={state()}
              today={today}
              idPrefix="item"
              ready={mounted()}
              onChange={(id, patch) => setState((s) => patchChecklist(s, id, patch))}
            />
          </section>
        )}
      </For>
      <KeptChecklistNotes />
    </div>
  );
}
