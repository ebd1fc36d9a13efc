// The one-on-one planner's "after the meeting" card: the notes and agreed actions of the latest
// meeting (an action half-typed is kept as a draft), and the earlier meetings' agendas and notes.
// State changes are src/lib/toolkit/one-on-one.ts's.
import { For, Show } from 'solid-js';
import { dayLabel } from '../../../../lib/dates';
import { makeId } from '../../../../lib/records';
import {
  addAction,
  lastMeeting,
  meetingsNewestFirst,
  setAction,
  setNotes,
  type OneOnOneDef,
  type OneOnOneState,
} from '../../../../lib/toolkit/one-on-one';
import { formText } from '../../../../client/form';
import type { DraftForm } from '../../../../client/form-drafts';
import FormButtons from './FormButtons';

export default function MeetingNotes(props: {
  def: OneOnOneDef;
  state: () => OneOnOneState;
  update: (fn: (prev: OneOnOneState) => OneOnOneState, now?: boolean) => void;
  say: (text: string) => void;
  /** The action form's draft. */
  draft: DraftForm;
  /** False when the planner could not keep the action (read-only): the draft then stays. */
  saved: () => boolean;
}) {
  const addOne = (e: SubmitEvent) => {
    e.preventDefault();
    const m = lastMeeting(props.state());
    if (!m) return;
    const form = e.currentTarget as HTMLFormElement;
    const action = { text: formText(form, 'text'), owner: formText(form, 'owner'), done: false };
    props.update((p) => addAction(p, m.id, makeId(), action), true);
    if (props.saved()) props.draft.clear();
    props.say(`Action added: ${action.text}`);
  };
  return (
    <Show when={lastMeeting(props.state())}>
      {(m) => (
        <section class="pl-card no-print" aria-labelledby="oo-after-h">
          <h2 id="oo-after-h">After the meeting of {dayLabel(m().date)}</h2>
          <p class="pl-hint">Career question: {m().careerQuestion}</p>
          <label for="oo-notes">{props.def.after.notes}</label>
          <p class="pl-hint" id="oo-notes-hint">
            {props.def.after.notesHint}
          </p>
          <textarea
            id="oo-notes"
            rows="5"
            maxlength="4000"
            aria-describedby="oo-notes-hint"
            value={m().notes}
            onInput={(e) => props.update((p) => setNotes(p, m().id, e.currentTarget.value))}
          />
          <Show when={Object.keys(m().actions).length > 0}>
            <ul class="pl-list" role="list" aria-label="Agreed actions">
              <For each={Object.entries(m().actions)}>
                {([id, a]) => (
                  <li>
                    <input
                      type="checkbox"
                      id={`oo-act-${id}`}
                      checked={a.done}
                      onChange={(e) => props.update((p) => setAction(p, m().id, id, e.currentTarget.checked), true)}
                    />
                    <label for={`oo-act-${id}`} class="pl-text">
                      {a.text}
                      {a.owner ? ` (${a.owner})` : ''}
                    </label>
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => props.update((p) => setAction(p, m().id, id, null), true)}
                    >
                      Remove<span class="visually-hidden">: {a.text}</span>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <form class="pl-form" onSubmit={addOne}>
            <label for="oo-act-text">{props.def.after.action}</label>
            <input
              id="oo-act-text"
              name="text"
              type="text"
              required
              maxlength="1000"
              value={props.draft.text('text')}
              onInput={(e) => {
                props.draft.set('text', e.currentTarget.value);
                props.say('');
              }}
            />
            <label for="oo-act-owner">{props.def.after.owner}</label>
            <input
              id="oo-act-owner"
              name="owner"
              type="text"
              maxlength="200"
              value={props.draft.text('owner')}
              onInput={(e) => {
                props.draft.set('owner', e.currentTarget.value);
                props.say('');
              }}
            />
            <FormButtons submit="Add the action" secondary draft={props.draft} what="action" say={props.say} />
          </form>
          <Show when={meetingsNewestFirst(props.state()).length > 1}>
            <details class="pl-past">
              <summary>Earlier meetings ({meetingsNewestFirst(props.state()).length - 1})</summary>
              <For each={meetingsNewestFirst(props.state()).slice(1)}>
                {(old) => (
                  <div>
                    <h3>{dayLabel(old.date)}</h3>
                    <pre class="pl-pre">{old.agenda}</pre>
                    <Show when={old.notes}>
                      <p class="pl-text">{old.notes}</p>
                    </Show>
                  </div>
                )}
              </For>
            </details>
          </Show>
        </section>
      )}
    </Show>
  );
}
