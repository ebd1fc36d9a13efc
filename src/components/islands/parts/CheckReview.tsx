// The knowledge check's "Review your answers", after the last question: each question, what the
// reader chose and, where it was not the best, the best answer.
import { For, Show } from 'solid-js';
import type { verdict } from '../../../lib/knowledge-check';

export default function CheckReview(props: {
  /** Question ids in the order shown. */
  order: string[];
  verdictOf: (id: string) => ReturnType<typeof verdict> | null;
  promptOf: (id: string) => string;
}) {
  return (
    <details class="kc-review">
      <summary>Review your answers</summary>
      <ol>
        <For each={props.order}>
          {(id) => (
            <Show when={props.verdictOf(id)}>
              {(v) => (
                <li classList={{ right: v().right, wrong: !v().right }}>
                  <p class="kc-review-q">{props.promptOf(id)}</p>
                  <p>
                    {v().right ? '✓ Right. ' : '✗ Not quite. '}
                    <strong>Your answer:</strong> {v().chosen.text}
                    <Show when={!v().right}>
                      {' '}
                      · <strong>Correct answer:</strong> {v().best.text}
                    </Show>
                  </p>
                </li>
              )}
            </Show>
          )}
        </For>
      </ol>
    </details>
  );
}
