// Scores per dimension as an SVG bar chart with the numbers written out (never colour alone).
// The previous attempt, when there is one, shows as a thin dashed marker with its value in the label.
import { For, Show } from 'solid-js';
import type { Dimension, Result } from '../../../lib/assessment';

interface Props {
  dimensions: Dimension[];
  result: Result;
  previous: Result | null;
}

const ROW = 46;
const LABEL_W = 290;
const BAR_W = 300;

export default function ResultChart(props: Props) {
  const height = () => props.dimensions.length * ROW + 10;
  const weak = (id: string) => props.result.weakest.some((d) => d.id === id);
  const summary = () =>
    props.dimensions
      .map((d) => `${d.title}: ${props.result.dimensions[d.id]} of 100${weak(d.id) ? ' (focus here)' : ''}`)
      .join('; ');
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${LABEL_W + BAR_W + 120} ${height()}`}
      role="img"
      aria-label={`Scores by area. ${summary()}`}
    >
      <For each={props.dimensions}>
        {(d, i) => {
          const y = () => i() * ROW + 8;
          const value = () => props.result.dimensions[d.id] ?? 0;
          const prev = () => props.previous?.dimensions[d.id];
          return (
            <g>
              <text x="0" y={y() + 20} class="chart-label">
                {d.title}
              </text>
              <rect x={LABEL_W} y={y() + 4} width={BAR_W} height="24" class="chart-track" />
              <rect
                x={LABEL_W}
                y={y() + 4}
                width={(BAR_W * value()) / 100}
                height="24"
                class={weak(d.id) ? 'chart-bar weak' : 'chart-bar'}
              />
              <Show when={prev() !== undefined}>
                <line
                  x1={LABEL_W + (BAR_W * prev()!) / 100}
                  x2={LABEL_W + (BAR_W * prev()!) / 100}
                  y1={y()}
                  y2={y() + 32}
                  class="chart-prev"
                />
              </Show>
              <text x={LABEL_W + BAR_W + 8} y={y() + 21} class="chart-value">
                {value()}
                {weak(d.id) ? ' · focus' : ''}
              </text>
              <Show when={prev() !== undefined}>
                <text x={LABEL_W + BAR_W + 8} y={y() + 38} class="chart-prev-label">
                  was {prev()}
                </text>
              </Show>
            </g>
          );
        }}
      </For>
    </svg>
  );
}
