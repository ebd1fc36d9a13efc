// The bad-news brief's options step: two or three options, each with what it gets and costs.
import { Index, Show } from 'solid-js';
import { MAX_OPTIONS, MIN_OPTIONS, type BadNewsOption } from '../../../../lib/toolkit/bad-news';
import BadNewsOptionFields from './BadNewsOptionFields';

export default function BadNewsOptions(props: {
  label: string;
  hint: string;
  options: BadNewsOption[];
  mounted: boolean;
  onInput: (optionId: BadNewsOption['id'], field: 'what' | 'pros' | 'cons', value: string) => void;
  onRemove: (optionId: BadNewsOption['id']) => void;
  onAdd: () => void;
  onBlur: () => void;
  /** Other versions of an option's side (two tabs changed it at once). */
  others: (optionId: BadNewsOption['id'], field: 'what' | 'pros' | 'cons') => string[];
  onUse: (optionId: BadNewsOption['id'], field: 'what' | 'pros' | 'cons', text: string, name: string) => void;
  onDiscard: (optionId: BadNewsOption['id'], field: 'what' | 'pros' | 'cons', text: string, name: string) => void;
}) {
  return (
    <>
      <p class="tk-label">{props.label}</p>
      <p class="tk-hint" id="bn-options-hint">
        {props.hint}
      </p>
      {/* Index, not For: saves replace the option objects, and keyed rows would be rebuilt (losing focus mid-word). */}
      <Index each={props.options}>
        {(o, i) => (
          <BadNewsOptionFields
            option={o}
            index={i}
            mounted={props.mounted}
            removable={props.options.length > MIN_OPTIONS}
            onInput={(field, v) => props.onInput(o().id, field, v)}
            onBlur={() => props.onBlur()}
            onRemove={() => props.onRemove(o().id)}
            others={(field) => props.others(o().id, field)}
            onUse={(field, t, name) => props.onUse(o().id, field, t, name)}
            onDiscard={(field, t, name) => props.onDiscard(o().id, field, t, name)}
          />
        )}
      </Index>
      <Show when={props.options.length < MAX_OPTIONS}>
        <button type="button" class="secondary tk-js" onClick={() => props.onAdd()}>
          Add a third option
        </button>
      </Show>
    </>
  );
}
