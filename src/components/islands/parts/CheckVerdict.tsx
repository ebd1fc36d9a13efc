// A knowledge-check question once checked: right or not, why, where the lesson teaches it, and
// why each other option is weaker (or right).
import { For, type JSX } from 'solid-js';
import type { verdict } from '../../../lib/knowledge-check';

export default function CheckVerdict(props: {
  verdict: NonNullable<ReturnType<typeof verdict>>;
  /** A link to a lesson section, by its anchor. */
  section: (slug: string) => JSX.Element;
}) {
  return (
    <>
      <p class={props.verdict.right ? 'verdict right' : 'verdict wrong'}>
        <strong>{props.verdict.right ? '✓ Right.' : '✗ Not quite.'}</strong> {props.verdict.chosen.explanation} Read more:{' '}
        {props.section(props.verdict.best.section)}.
      </p>
      <details class="kc-others">
        <summary>Why the other options are {props.verdict.right ? 'weaker' : 'right or wrong'}</summary>
        <ul class="kc-explain">
          <For each={props.verdict.others}>
            {(o) => (
              <li>
                <strong>{o.option.correct ? 'Best answer: ' : 'Weaker: '}</strong>“{o.option.text}” {o.option.explanation}
              </li>
            )}
          </For>
        </ul>
      </details>
    </>
  );
}
