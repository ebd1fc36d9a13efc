// Scores per area as HTML bars with the numbers written out (never colour alone). Plain text and
// boxes, so it reflows at 320 px and prints at the page's own type size, unlike a scaled SVG.
import { For, Show } from 'solid-js';
import type { AreaResult, Dimension } from '../../../lib/assessment';

interface Props {
  dimensions: Dimension[];
  /** Area id -> 0-100, or null when too few statements applied. */
  areas: Record<string, number | null>;
  /** How many statements applied per area, when known (for the "too few applied" note). */
  applied?: Record<string, AreaResult>;
}

export default function ResultChart(props: Props) {
  return (
    <ul class="as-chart">
      <For each={props.dimensions}>
        {(d) => {
          const value = () => props.areas[d.id] ?? null;
          const counts = () => props.applied?.[d.id];
          return (
            <li class="as-chart-row" classList={{ unscored: value() === null }}>
              <span class="as-chart-label">{d.title}</span>
              <span class="as-chart-value">
                <Show when={value() !== null} fallback="Not scored">
                  {value()}
                  <span class="visually-hidden"> out of 100</span>
                </Show>
              </span>
              <Show
                when={value() !== null}
                fallback={
                  <span class="as-chart-note">
                    Fewer than half of these came up for you
                    {counts() ? ` (${counts()!.applied} of ${counts()!.total})` : ''}, so this area has no score.
                  </span>
                }
              >
                <span class="as-chart-track" aria-hidden="true">
                  <span class="as-chart-bar" style={{ width: `${value()}%` }} />
                </span>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
