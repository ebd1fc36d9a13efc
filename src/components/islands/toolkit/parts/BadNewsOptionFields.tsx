// One option of the bad-news brief (what it is, what it gets you, what it costs), any other
// version of each two tabs left, and a way to remove it while more than the minimum remain.
import { For, Show } from 'solid-js';
import type { BadNewsOption } from '../../../../lib/toolkit/bad-news';
import OtherVersions from '../../parts/OtherVersions';
import Printed from './Printed';

type Side = 'what' | 'pros' | 'cons';

export default function BadNewsOptionFields(props: {
  /** An accessor: saves replace the option objects, and the fields must keep their focus. */
  option: () => BadNewsOption;
  index: number;
  mounted: boolean;
  removable: boolean;
  onInput: (field: Side, value: string) => void;
  onBlur: () => void;
  onRemove: () => void;
  /** Other versions of a side (two tabs changed it at once). */
  others: (field: Side) => string[];
  onUse: (field: Side, text: string, name: string) => void;
  onDiscard: (field: Side, text: string, name: string) => void;
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
            <OtherVersions
              texts={props.others(field)}
              label={`Option ${props.index + 1}: ${words}`}
              fieldId={`bn-option-${o().id}-${field}`}
              onUse={(t) => props.onUse(field, t, `Option ${props.index + 1}: ${words}`)}
              onDiscard={(t) => props.onDiscard(field, t, `Option ${props.index + 1}: ${words}`)}
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
