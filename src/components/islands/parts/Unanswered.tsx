// The self-assessment's alert when the reader asks for results with statements unanswered: how
// many, and a link to each. It is always in the page (empty until needed), so the alert is read.
import { For, Show } from 'solid-js';
import type { Statement } from '../../../lib/assessment';

export default function Unanswered(props: { ref: (el: HTMLDivElement) => void; statements: Statement[] }) {
  return (
    <div ref={props.ref} tabindex="-1" role="alert" class="as-missing">
      <Show when={props.statements.length > 0}>
        <p>
          <strong>
            {props.statements.length} {props.statements.length === 1 ? 'statement is' : 'statements are'} not answered yet.
          </strong>{' '}
          Your result would be wrong without them, so nothing has been scored. Go to:
        </p>
        <ul>
          <For each={props.statements}>
            {(m) => (
              <li>
                <a href={`#st-${m.id}`}>{m.text}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
