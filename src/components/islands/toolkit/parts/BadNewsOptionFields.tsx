// One option of the bad-news brief (what it is, what it gets you, what it costs), and a way to
// remove it while more than the minimum remain.
import { For, Show } from 'solid-js';
import type { BadNewsOption } from '../../../../lib/toolkit/bad-news';
import Printed from './Printed';

export default function BadNewsOptionFields(props: {
  /** An accessor: saves replace the option objects, and the fields must keep their focus. */
  option: () => BadNewsOption;
  index: number;
  mounted: boolean;
  removable: boolean;
  onInput: (field: 'what' | 'pros' | 'cons', value: string) => void;
  onBlur: () => void;
  onRemove: () => void;
}) {
  const o = () => props.option();
  return (
    <fieldset class="tk-option tk-choices">
      <legend class="tk-label">Option {props.index + 1}</legend>
      <For each={[['what', 'The option'] as const, ['pros', 'What it gets you'] as const, ['cons', 'What it costs'] as const]}>
        {([field, words]) => (
          <>
            <label class="tk-label" for={`bn-option-${o().id}-${field}`}>
              {words}
            </label>
            <textarea
              id={`bn-option-${o().id}-${field}`}
              class="tk-js"
              rows={2}
              value={o()[field]}
              onInput={(e) => props.onInput(field, e.currentTarget.value)}
              onBlur={() => props.onBlur()}
            />
            <Printed mounted={props.mounted} value={o()[field]} />
          </>
        )}
      </For>
      <Show when={props.removable}>
        <button type="button" class="secondary tk-small tk-js" onClick={() => props.onRemove()}>
          Remove option {props.index + 1}
        </button>
      </Show>
    </fieldset>
  );
}
