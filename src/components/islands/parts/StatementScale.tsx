// One statement of the self-assessment with its scale of answers (and "Hasn't come up" where it
// can be skipped), marked when the reader tried to finish without answering it.
import { For, Show } from 'solid-js';
import { NOT_APPLICABLE, NOT_APPLICABLE_LABEL, SCALES, type Statement } from '../../../lib/assessment';

// Soft hyphens let the longest words break cleanly in a 320 px row instead of at any letter.
const breakable = (label: string) => label.replace(/^Some(times)$/, 'Some\u00AD$1').replace(/^Dis(agree)/, 'Dis\u00AD$1');
const options = (s: Statement) => SCALES[s.scale].map((label, i) => ({ label: breakable(label), value: i + 1 }));

export default function StatementScale(props: {
  statement: Statement;
  rating: number | undefined;
  missing: boolean;
  disabled: boolean;
  onRate: (rating: number) => void;
}) {
  return (
    <fieldset
      class="as-statement"
      id={`st-${props.statement.id}`}
      tabindex="-1"
      // One switch for the statement's radios rather than one per radio: about 230 fewer bindings to
      // hydrate on the page (issue 26). The legend's text stays readable either way.
      disabled={props.disabled}
      classList={{ missing: props.missing, agreement: props.statement.scale === 'agreement' }}
    >
      <legend>{props.statement.text}</legend>
      <div class="scale">
        <For each={options(props.statement)}>
          {(o) => (
            <label class="scale-option">
              <input
                type="radio"
                name={`rate-${props.statement.id}`}
                value={o.value}
                checked={props.rating === o.value}
                onChange={() => props.onRate(o.value)}
              />
              <span>{o.label}</span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.statement.canSkip}>
        <label class="scale-skip">
          <input
            type="radio"
            name={`rate-${props.statement.id}`}
            value={NOT_APPLICABLE}
            checked={props.rating === NOT_APPLICABLE}
            onChange={() => props.onRate(NOT_APPLICABLE)}
          />
          <span>{NOT_APPLICABLE_LABEL}</span>
        </label>
      </Show>
      <Show when={props.missing}>
        <p class="as-missing-note">Not answered yet.</p>
      </Show>
    </fieldset>
  );
}
