// The skip-level planner's working parts: tick off steps, log each contact with your boss's boss,
// and see at once any contact your own boss hasn't heard about. The steps' words are on the page;
// logic lives in src/lib/toolkit/skip-level.ts. A contact half-logged is kept as a draft until it
// is added or discarded (src/lib/form-drafts.ts). Until it mounts it shows one line saying it
// needs JavaScript, so no control appears that cannot work.
import { For, Show, createMemo, createSignal } from 'solid-js';
import {
  OTHER_STEP,
  contactsWithGaps,
  doneCount,
  skipLevelMarkdown,
  stepStatus,
  uninformed,
  type SkipLevelState,
  type StepDef,
} from '../../../lib/toolkit/skip-level';
import { dayLabel, isoDay } from '../../../lib/dates';
import { dropEntry, makeId, patchEntry, putEntry } from '../../../lib/records';
import { skipLevelSlot } from '../../../lib/storage/slots/skip-level';
import { saveStatus } from '../../../lib/storage/save-status';
import { DRAFT_FORMS, worstSaveState } from '../../../lib/form-drafts';
import PlannerExport from './parts/PlannerExport';
import PlannerFrame from './parts/PlannerFrame';
import FormButtons from './parts/FormButtons';
import { createPersisted } from '../../../client/persisted';
import { formText } from '../../../client/form';
import { createFormDrafts } from '../../../client/form-drafts';

/** The plan with each step's advice on keeping your boss in the loop, shown as a contact's step is chosen. */
type Plan = { title: string; steps: readonly Pick<StepDef, 'id' | 'title' | 'inform' | 'loop'>[] };

const GAP_TEXT = {
  'boss-unaware': "Your boss hasn't heard about this yet.",
  'read-out-due': 'Your boss agreed to this; they still need a read-out.',
} as const;

export default function SkipLevel(props: { def: Plan }) {
  const def = props.def;
  const store = createPersisted(skipLevelSlot, { delay: 500 });
  const s = store.value;
  const [message, setMessage] = createSignal('');
  const drafts = createFormDrafts();
  const draft = drafts.form(DRAFT_FORMS.contact);
  const firstStep = def.steps[0]?.id ?? OTHER_STEP;
  const chosen = () => draft.text('step', firstStep);
  /** Keeps what the reader put in a field of the contact form, and lets the save line speak again. */
  const keep = (field: string, value: string | boolean, fallback: string | boolean = typeof value === 'boolean' ? false : '') => {
    draft.set(field, value, fallback);
    setMessage('');
  };
  const update = (fn: (prev: SkipLevelState) => SkipLevelState, now = true) => {
    store.set(fn);
    if (now) store.flush();
  };
  const contacts = createMemo(() => contactsWithGaps(s(), def));
  const gaps = createMemo(() => uninformed(s(), def));
  const stepTitle = (id: string) => def.steps.find((x) => x.id === id)?.title ?? 'Something else';
  const loopFor = (id: string) =>
    def.steps.find((x) => x.id === id)?.loop ?? 'Tell your boss about it, before if you can, or straight after.';

  const addContact = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const text = (k: string) => formText(form, k);
    const contact = {
      date: text('date') || isoDay(),
      who: text('who'),
      step: text('step') || OTHER_STEP,
      what: text('what'),
      toldBefore: text('toldBefore') === 'on',
      readOut: text('readOut') === 'on',
    };
    update((p) => ({ ...p, contacts: putEntry(p.contacts, makeId(), contact) }));
    // The draft goes once the contact is kept (a read-only planner keeps the draft, so nothing is lost).
    if (store.saveState() !== 'read-only') draft.clear();
    const gap = contactsWithGaps({ steps: {}, contacts: { x: contact } }, def)[0]!.gap;
    setMessage(gap ? `Logged. ${GAP_TEXT[gap]} Tell them soon, in a line or two.` : 'Logged, with your boss in the loop.');
  };
  const setStep = (id: string, done: boolean) => update((p) => ({ ...p, steps: { ...p.steps, [id]: { done } } }));
  // The planner and its draft save apart; the line tells the state the reader must hear about.
  const saveLine = () =>
    saveStatus(worstSaveState(store.saveState(), drafts.store.saveState()), {
      keep: 'plan',
      conflicts: [...store.conflicts(), ...drafts.store.conflicts()],
      unnamed: 'an entry',
    });

  return (
    <PlannerFrame
      mounted={store.mounted()}
      needsJs="Ticking off steps and logging contacts needs JavaScript. Without it you can still read the steps above, or print them."
      status={message() || saveLine()}
    >
      <Show when={gaps().length > 0}>
        <div class="pl-alert" id="sl-gaps">
          <p>
            <strong>
              {gaps().length === 1 ? 'One contact' : `${gaps().length} contacts`} your boss still needs to hear about.
            </strong>{' '}
            A short note to your boss now keeps it from looking like you went around them.
          </p>
        </div>
      </Show>

      <section class="pl-card" aria-labelledby="sl-progress-h">
        <h2 id="sl-progress-h">Your progress</h2>
        <p class="pl-hint">
          {doneCount(s(), def)} of {def.steps.length} steps done. A step counts as done once you tick it or log a contact for it.
        </p>
        <ul class="pl-list" role="list">
          <For each={def.steps}>
            {(st) => {
              const status = () => stepStatus(st, s(), def);
              return (
                <li>
                  <input
                    type="checkbox"
                    id={`sl-done-${st.id}`}
                    checked={status() !== 'open'}
                    disabled={status() !== 'open' && !s().steps[st.id]?.done}
                    onChange={(e) => setStep(st.id, e.currentTarget.checked)}
                  />
                  <label for={`sl-done-${st.id}`} class="pl-text">
                    {st.title}
                  </label>
                  <span class={status() === 'boss-not-told' ? 'pl-flag' : 'pl-detail'}>
                    {status() === 'boss-not-told' ? 'Tell your boss' : status() === 'done' ? 'Done' : 'Not yet'}
                  </span>
                </li>
              );
            }}
          </For>
        </ul>
      </section>

      <section class="pl-card no-print" aria-labelledby="sl-log-h">
        <h2 id="sl-log-h">Log a contact</h2>
        <form class="pl-form" onSubmit={addContact}>
          <label for="sl-date">When</label>
          <input
            id="sl-date"
            name="date"
            type="date"
            value={draft.text('date', isoDay())}
            onInput={(e) => keep('date', e.currentTarget.value, isoDay())}
            required
          />
          <label for="sl-who">Who</label>
          <input
            id="sl-who"
            name="who"
            type="text"
            required
            maxlength="200"
            value={draft.text('who')}
            onInput={(e) => keep('who', e.currentTarget.value)}
          />
          <label for="sl-step">Which step</label>
          <select
            id="sl-step"
            name="step"
            aria-describedby="sl-step-loop"
            onChange={(e) => keep('step', e.currentTarget.value, firstStep)}
          >
            <For each={def.steps}>
              {(st) => (
                <option value={st.id} selected={chosen() === st.id}>
                  {st.title}
                </option>
              )}
            </For>
            <option value={OTHER_STEP} selected={chosen() === OTHER_STEP}>
              Something else
            </option>
          </select>
          <p class="pl-hint pl-loop" id="sl-step-loop">
            {loopFor(chosen())}
          </p>
          <label for="sl-what">What happened</label>
          <textarea
            id="sl-what"
            name="what"
            rows="3"
            required
            maxlength="4000"
            value={draft.text('what')}
            onInput={(e) => keep('what', e.currentTarget.value)}
          />
          <fieldset class="pl-checks">
            <legend>Your boss</legend>
            <label>
              <input
                type="checkbox"
                name="toldBefore"
                checked={draft.checked('toldBefore')}
                onChange={(e) => keep('toldBefore', e.currentTarget.checked)}
              />{' '}
              Knew about it beforehand (agreed it, or was copied)
            </label>
            <label>
              <input
                type="checkbox"
                name="readOut"
                checked={draft.checked('readOut')}
                onChange={(e) => keep('readOut', e.currentTarget.checked)}
              />{' '}
              Has had a read-out since
            </label>
          </fieldset>
          <FormButtons submit="Add to the log" draft={draft} what="contact" say={setMessage} />
        </form>
      </section>

      <section class="pl-card" aria-labelledby="sl-contacts-h">
        <h2 id="sl-contacts-h">Contacts so far</h2>
        <Show when={contacts().length > 0} fallback={<p class="pl-hint">None logged yet.</p>}>
          <PlannerExport
            printLabel="Print the plan"
            fileName="skip-level-plan.txt"
            text={() => skipLevelMarkdown(def, s())}
            flush={store.flush}
          />
          <ul class="pl-wins" role="list">
            <For each={contacts()}>
              {(c) => (
                <li>
                  <p class="pl-win-head">
                    <time datetime={c.date}>{dayLabel(c.date)}</time>, <span class="pl-text">{c.who}</span>
                  </p>
                  <p class="pl-detail">{stepTitle(c.step)}</p>
                  <p class="pl-text">{c.what}</p>
                  <p class="pl-detail">
                    Boss knew beforehand: {c.toldBefore ? 'yes' : 'no'} · Read-out: {c.readOut ? 'yes' : 'no'}
                  </p>
                  <Show when={c.gap}>{(g) => <p class="pl-flag">{GAP_TEXT[g()]}</p>}</Show>
                  <div class="pl-buttons no-print">
                    <Show when={!c.readOut}>
                      <button
                        type="button"
                        class="secondary pl-small"
                        onClick={() => {
                          update((p) => ({ ...p, contacts: patchEntry(p.contacts, c.id, { readOut: true }) }));
                          setMessage('Noted: your boss has had a read-out.');
                        }}
                      >
                        I've told my boss<span class="visually-hidden">: {c.what}</span>
                      </button>
                    </Show>
                    <button
                      type="button"
                      class="secondary pl-small"
                      onClick={() => {
                        if (confirm(`Remove this contact from your log?\n\n${c.what}`))
                          update((p) => ({ ...p, contacts: dropEntry(p.contacts, c.id) }));
                      }}
                    >
                      Remove<span class="visually-hidden">: {c.what}</span>
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </PlannerFrame>
  );
}
