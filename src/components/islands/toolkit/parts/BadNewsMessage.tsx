// The bad-news brief's result: the message as built from the draft, shaped for the boss, with
// what to fix before sending it and a button to copy it.
import { For, Show } from 'solid-js';
import type { warnings } from '../../../../lib/toolkit/bad-news';

export default function BadNewsMessage(props: {
  because: string;
  tip: string | undefined | null;
  problems: ReturnType<typeof warnings>;
  text: string;
  onCopy: () => void;
}) {
  return (
    <section class="tk-section tk-result tk-js" aria-labelledby="bn-message-title">
      <h2 id="bn-message-title">Your message</h2>
      <p class="muted no-print">{props.because}</p>
      <Show when={props.tip}>{(tip) => <p class="no-print">{tip()}</p>}</Show>
      <Show when={props.problems.length > 0}>
        <div class="tk-warnings no-print" role="region" aria-label="Before you send it">
          <strong>Before you send it</strong>
          <ul>
            <For each={props.problems}>
              {(w) => (
                <li>
                  {w.message} <a href={`#bn-${w.field}`}>Go to it</a>
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <div class="tk-message" id="bn-message">
        {props.text}
      </div>
      <div class="tk-actions no-print">
        <button type="button" onClick={() => props.onCopy()} disabled={props.text === ''}>
          Copy the message
        </button>
      </div>
    </section>
  );
}
