// One field of your boss's user manual: a text answer, a channel picked from a list, or a choice
// of sentences; the "a guess — check it" box; and its print copy. Reads the answer only inside the
// elements, so Solid updates the text instead of rebuilding them (and the reader keeps focus).
// Under the answer, any other version two tabs left.
import { For, Match, Show, Switch } from 'solid-js';
import type { Answer, ManualFieldText } from '../../../../lib/toolkit/boss-manual';
import OtherVersions from '../../parts/OtherVersions';

/** Choices read best as radio buttons when each is a sentence (how they like information). */
const isRadio = (field: ManualFieldText) => field.options !== undefined && !field.id.startsWith('channel-');

export default function ManualField(props: {
  field: ManualFieldText;
  answer: Answer;
  mounted: boolean;
  /** Saves a change to the answer; `now` skips the typing pause. */
  onAnswer: (change: Partial<Answer>, now?: boolean) => void;
  onBlur: () => void;
  /** Other versions of the answer (two tabs changed it at once). */
  others: string[];
  onUse: (text: string) => void;
  onDiscard: (text: string) => void;
}) {
  const field = props.field;
  return (
    <div class="tk-field">
      <Show when={!isRadio(field)}>
        <label class="tk-label" for={`bm-${field.id}`}>
          {field.label}
        </label>
        <p class="tk-hint" id={`bm-${field.id}-hint`}>
          {field.hint}
        </p>
      </Show>
      <Switch>
        <Match when={!field.options}>
          <textarea
            id={`bm-${field.id}`}
            class="tk-js"
            rows={3}
            aria-describedby={`bm-${field.id}-hint`}
            value={props.answer.value}
            onInput={(e) => props.onAnswer({ value: e.currentTarget.value })}
            onBlur={() => props.onBlur()}
          />
        </Match>
        {/* Channels are a short list of the same six: a select keeps the page (and the phone screen) short. */}
        <Match when={field.id.startsWith('channel-') && field.options}>
          {(options) => (
            <select
              id={`bm-${field.id}`}
              class="tk-js"
              aria-describedby={`bm-${field.id}-hint`}
              onChange={(e) => props.onAnswer({ value: e.currentTarget.value }, true)}
            >
              <option value="" selected={!props.answer.value}>
                Not chosen yet
              </option>
              <For each={options()}>
                {(o) => (
                  <option value={o.id} selected={props.answer.value === o.id}>
                    {o.label}
                  </option>
                )}
              </For>
            </select>
          )}
        </Match>
        <Match when={isRadio(field) && field.options}>
          {(options) => (
            <fieldset class="tk-choices" aria-describedby={`bm-${field.id}-hint`}>
              <legend class="tk-label">{field.label}</legend>
              <p class="tk-hint" id={`bm-${field.id}-hint`}>
                {field.hint}
              </p>
              <div class="tk-options">
                <For each={[{ id: '', label: 'Not sure yet' }, ...options()]}>
                  {(o) => (
                    <label classList={{ 'tk-js': o.id === '' }}>
                      <input
                        type="radio"
                        class="tk-js"
                        name={`bm-${field.id}`}
                        value={o.id}
                        checked={props.answer.value === o.id}
                        onChange={() => props.onAnswer({ value: o.id }, true)}
                      />
                      <span>{o.label}</span>
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
          )}
        </Match>
      </Switch>
      <OtherVersions
        texts={props.others}
        label={field.label}
        fieldId={`bm-${field.id}`}
        show={(t) => field.options?.find((o) => o.id === t)?.label ?? t}
        onUse={(t) => props.onUse(t)}
        onDiscard={(t) => props.onDiscard(t)}
      />
      <label class="tk-guess tk-js">
        <input
          type="checkbox"
          checked={props.answer.guess}
          onChange={(e) => props.onAnswer({ guess: e.currentTarget.checked }, true)}
        />
        A guess — check it
      </label>
      {/* Print copies of the answers: only once there are answers, to keep the page light. */}
      <Show when={props.mounted}>
        <p class="tk-print" aria-hidden="true">
          {(field.options?.find((o) => o.id === props.answer.value)?.label ?? props.answer.value).trim() || ' '}
          {props.answer.guess ? ' (a guess — check it)' : ''}
        </p>
      </Show>
    </div>
  );
}
