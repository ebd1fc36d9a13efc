// The buttons under a planner's "add" form: the form's own submit button and, once the reader has
// typed something (a draft is kept as they type), "Discard draft", which asks before it clears it.
import { Show } from 'solid-js';
import type { DraftForm } from '../../../../client/form-drafts';

export default function FormButtons(props: {
  /** The submit button's words ("Add to my log"). */
  submit: string;
  secondary?: boolean;
  draft: DraftForm;
  /** What the form adds, for the discard question and the button's full name ("win"). */
  what: string;
  say: (text: string) => void;
}) {
  const discard = () => {
    if (!window.confirm(`Discard this half-written ${props.what}? What you typed here will be gone.`)) return;
    props.draft.clear();
    props.say(`Draft discarded: the ${props.what} form is empty again.`);
  };
  return (
    <div class="pl-buttons">
      <button type="submit" class={props.secondary ? 'secondary' : undefined}>
        {props.submit}
      </button>
      <Show when={props.draft.has()}>
        <button type="button" class="secondary" onClick={discard}>
          Discard draft<span class="visually-hidden"> of the {props.what}</span>
        </button>
      </Show>
    </div>
  );
}
