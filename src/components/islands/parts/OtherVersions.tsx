// "Your other version" under a field two tabs changed at once: the text that is not in the field,
// with one button to put it there and one to let it go. Shared by every editor's text fields (the
// worksheet, the boss manual, the bad-news brief, the one-on-one planner). After either button,
// focus goes back to the field, as the block it was in is gone. The save line announces the versions.
import { For, Show } from 'solid-js';

export default function OtherVersions(props: {
  /** The other versions of the field (usually none, rarely more than one). */
  texts: string[];
  /** The field's label, so each button says which field it acts on. */
  label: string;
  /** The field's id (or, for a set of radio buttons, their name): focus returns there. */
  fieldId: string;
  /** The words a version shows as (a choice's label instead of its stored id). */
  show?: (text: string) => string;
  onUse: (text: string) => void;
  onDiscard: (text: string) => void;
}) {
  const refocus = () =>
    queueMicrotask(() => {
      const byName = document.querySelector<HTMLElement>(
        `[name="${CSS.escape(props.fieldId)}"]:checked, [name="${CSS.escape(props.fieldId)}"]`,
      );
      (document.getElementById(props.fieldId) ?? byName)?.focus();
    });
  return (
    <Show when={props.texts.length > 0}>
      <For each={props.texts}>
        {(text, i) => (
          <div class="other-version no-print" role="group" aria-labelledby={`${props.fieldId}-other-${i()}`}>
            <p class="other-version-head" id={`${props.fieldId}-other-${i()}`}>
              <strong>Your other version</strong> (this field was changed in two tabs at once):
            </p>
            <p class="other-version-text" dir="auto">
              {props.show ? props.show(text) : text}
            </p>
            <div class="other-version-actions">
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  props.onUse(text);
                  refocus();
                }}
              >
                Use this version<span class="visually-hidden"> of “{props.label}”</span>
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  props.onDiscard(text);
                  refocus();
                }}
              >
                Discard it<span class="visually-hidden">: your other version of “{props.label}”</span>
              </button>
            </div>
          </div>
        )}
      </For>
    </Show>
  );
}
