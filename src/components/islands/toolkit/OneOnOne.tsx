// The one-on-one planner and wins log: log wins and asks, prepare the next agenda, keep notes and
// actions after the meeting, print the wins for a review. Logic lives in src/lib/toolkit/one-on-one.ts;
// this island renders it and wires events. What the reader types in an add form is kept as a
// draft until they add it or discard it (src/lib/form-drafts.ts). Until it mounts it shows one
// line saying it needs JavaScript, so no control appears that cannot work.
import { For, Show, createMemo, createSignal } from 'solid-js';
import {
  addAsk,
  addWin,
  agendaText,
  buildAgenda,
  openAsks,
  setNext,
  settleAsk,
  startMeeting,
  type OneOnOneDef,
  type OneOnOneState,
} from '../../../lib/toolkit/one-on-one';
import { isoDay } from '../../../lib/dates';
import { makeId } from '../../../lib/records';
import { oneOnOneSlot } from '../../../lib/storage/slots/one-on-one';
import { saveStatus, versionsLine } from '../../../lib/storage/save-status';
import { DRAFT_FORMS, worstSaveState } from '../../../lib/form-drafts';
import OtherVersions from '../parts/OtherVersions';
import MeetingNotes from './parts/MeetingNotes';
import PlannerFrame from './parts/PlannerFrame';
import FormButtons from './parts/FormButtons';
import WinsReview from './parts/WinsReview';
import { createManualQuestions } from '../../../client/manual-questions';
import { createPersisted } from '../../../client/persisted';
import { createVersions } from '../../../client/versions';
import { copyText } from '../../../client/clipboard';
import { formText } from '../../../client/form';
import { createFormDrafts } from '../../../client/form-drafts';

export default function OneOnOne(props: { def: OneOnOneDef }) {
  const def = props.def;
  const store = createPersisted(oneOnOneSlot, { delay: 500 });
  const versions = createVersions(store);
  const s = store.value;
  const questions = createManualQuestions();
  const drafts = createFormDrafts();
  const winDraft = drafts.form(DRAFT_FORMS.win);
  const askDraft = drafts.form(DRAFT_FORMS.ask);
  const [message, setMessage] = createSignal('');
  /** A draft field's handler: keeps what the reader typed, and lets the save line speak again. */
  const keep =
    (d: typeof winDraft, field: string, fallback = '') =>
    (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      d.set(field, e.currentTarget.value, fallback);
      setMessage('');
    };
  const update = (fn: (prev: OneOnOneState) => OneOnOneState, now = false) => {
    store.set(fn);
    if (now) store.flush();
    else setMessage('');
  };
  const agenda = createMemo(() => buildAgenda({ def, state: s(), questions: questions(), today: isoDay() }));

  const logWin = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const win = {
      date: formText(form, 'date') || isoDay(),
      what: formText(form, 'what'),
      impact: formText(form, 'impact'),
      helped: formText(form, 'helped'),
    };
    update((p) => addWin(p, makeId(), win), true);
    // The draft goes once the win is kept (a read-only planner keeps the draft, so nothing is lost).
    if (store.saveState() !== 'read-only') winDraft.clear();
    setMessage(`Added to your wins log: ${win.what}`);
  };
  const logAsk = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const what = formText(form, 'what');
    update((p) => addAsk(p, makeId(), isoDay(), what), true);
    if (store.saveState() !== 'read-only') askDraft.clear();
    setMessage(`Added to your asks: ${what}`);
  };
  const begin = () => {
    update((p) => startMeeting(p, makeId(), isoDay(), agenda()), true);
    setMessage('Meeting started: your agenda is saved with it, and the notes are ready below.');
    queueMicrotask(() => document.getElementById('oo-notes')?.focus());
  };
  const copyAgenda = () =>
    void copyText(agendaText(agenda())).then((ok) =>
      setMessage(
        ok
          ? 'Agenda copied. Paste it into the meeting invite or a message to your boss.'
          : "This browser wouldn't let the page copy. Select the agenda and copy it by hand instead.",
      ),
    );
  // The planner and its drafts save apart; the line tells the state the reader must hear about.
  const saveLine = () =>
    saveStatus(worstSaveState(store.saveState(), drafts.store.saveState()), {
      keep: 'log',
      conflicts: [...store.conflicts(), ...drafts.store.conflicts()],
      unnamed: 'an entry',
      versions: versions.count(),
    });
  // A message replaces the save line, but never hides a field that waits for the reader to choose.
  const statusLine = () => (message() ? [message(), versionsLine(versions.count())].filter(Boolean).join(' ') : saveLine());

  // The two agenda items the reader writes before the meeting; the rest the agenda gathers itself.
  // Leaving one saves at once, as in the other tools; a text two tabs changed at once keeps the
  // other as "Your other version" under it.
  const nextField = (k: 'progress' | 'risks') => {
    const title = def.agenda.find((a) => a.id === k)!.title;
    return (
      <>
        <label for={`oo-${k}`}>{title}</label>
        <p class="pl-hint" id={`oo-${k}-hint`}>
          One line each.
        </p>
        <textarea
          id={`oo-${k}`}
          rows="3"
          maxlength="4000"
          aria-describedby={`oo-${k}-hint`}
          value={s().next[k]}
          onInput={(e) => update((p) => setNext(p, k, e.currentTarget.value))}
          onBlur={() => store.flush()}
        />
        <OtherVersions
          texts={versions.others(`next/${k}`)}
          label={title}
          fieldId={`oo-${k}`}
          onUse={(text) => {
            versions.resolve(`next/${k}`, text, (p, t) => setNext(p, k, t));
            setMessage(`Now using your other version of “${title}”.`);
          }}
          onDiscard={(text) => {
            versions.resolve(`next/${k}`, text);
            setMessage(`Discarded your other version of “${title}”.`);
          }}
        />
      </>
    );
  };

  return (
    <PlannerFrame
      mounted={store.mounted()}
      needsJs="Filling in the planner needs JavaScript. Without it you can still read the prompts above, or print them."
      status={statusLine()}
    >
      <section class="pl-card no-print" aria-labelledby="oo-win-h">
        <h2 id="oo-win-h">Log a win</h2>
        <form class="pl-form" onSubmit={logWin}>
          <label for="oo-win-date">{def.win.date}</label>
          <input
            id="oo-win-date"
            name="date"
            type="date"
            value={winDraft.text('date', isoDay())}
            onInput={keep(winDraft, 'date', isoDay())}
            required
          />
          <label for="oo-win-what">{def.win.what}</label>
          <p class="pl-hint" id="oo-win-what-hint">
            {def.win.whatHint}
          </p>
          <textarea
            id="oo-win-what"
            name="what"
            rows="2"
            required
            maxlength="4000"
            aria-describedby="oo-win-what-hint"
            value={winDraft.text('what')}
            onInput={keep(winDraft, 'what')}
          />
          <label for="oo-win-impact">{def.win.impact}</label>
          <p class="pl-hint" id="oo-win-impact-hint">
            {def.win.impactHint}
          </p>
          <textarea
            id="oo-win-impact"
            name="impact"
            rows="2"
            maxlength="4000"
            aria-describedby="oo-win-impact-hint"
            value={winDraft.text('impact')}
            onInput={keep(winDraft, 'impact')}
          />
          <label for="oo-win-helped">{def.win.helped}</label>
          <p class="pl-hint" id="oo-win-helped-hint">
            {def.win.helpedHint}
          </p>
          <input
            id="oo-win-helped"
            name="helped"
            type="text"
            maxlength="400"
            aria-describedby="oo-win-helped-hint"
            value={winDraft.text('helped')}
            onInput={keep(winDraft, 'helped')}
          />
          <FormButtons submit="Add to my log" draft={winDraft} what="win" say={setMessage} />
        </form>
      </section>

      <section class="pl-card no-print" aria-labelledby="oo-ask-h">
        <h2 id="oo-ask-h">Something you need</h2>
        <form class="pl-form" onSubmit={logAsk}>
          <label for="oo-ask-what">{def.ask.what}</label>
          <p class="pl-hint" id="oo-ask-hint">
            {def.ask.whatHint}
          </p>
          <input
            id="oo-ask-what"
            name="what"
            type="text"
            required
            maxlength="4000"
            aria-describedby="oo-ask-hint"
            value={askDraft.text('what')}
            onInput={keep(askDraft, 'what')}
          />
          <FormButtons submit="Add the ask" secondary draft={askDraft} what="ask" say={setMessage} />
        </form>
        <Show when={openAsks(s()).length > 0}>
          <ul class="pl-list" role="list">
            <For each={openAsks(s())}>
              {(a) => (
                <li>
                  <span class="pl-text">{a.what}</span>
                  <span class="pl-row-actions">
                    <button type="button" class="secondary" onClick={() => update((p) => settleAsk(p, a.id), true)}>
                      Settled<span class="visually-hidden">: {a.what}</span>
                    </button>
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <section class="pl-card no-print" aria-labelledby="oo-next-h">
        <h2 id="oo-next-h">Your next one-on-one</h2>
        {nextField('progress')}
        {nextField('risks')}
        <h3>The agenda</h3>
        <ol class="pl-agenda">
          <For each={agenda()}>
            {(sec) => (
              <li>
                <strong>{sec.title}</strong>
                <Show when={sec.items.length > 0} fallback={<p class="pl-hint">Nothing yet. {sec.hint}</p>}>
                  <ul>
                    <For each={sec.items}>
                      {(it) => (
                        <li>
                          <span class="pl-text">{it.text}</span>
                          <Show when={it.detail}>
                            <span class="pl-detail"> ({it.detail})</span>
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ol>
        <div class="pl-buttons">
          <button type="button" class="secondary" onClick={copyAgenda}>
            Copy the agenda
          </button>
          <button type="button" onClick={begin}>
            Start the meeting notes
          </button>
        </div>
      </section>

      <MeetingNotes
        def={def}
        state={s}
        update={update}
        say={setMessage}
        draft={drafts.form(DRAFT_FORMS.action)}
        saved={() => store.saveState() !== 'read-only'}
      />

      <WinsReview def={def} state={s} update={update} flush={store.flush} />
    </PlannerFrame>
  );
}
