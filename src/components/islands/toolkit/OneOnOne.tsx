// The one-on-one planner and wins log: log wins and asks, prepare the next agenda, keep notes and
// actions after the meeting, print the wins for a review. Logic lives in src/lib/toolkit/one-on-one.ts;
// this island renders it and wires events. Until it mounts it shows one line saying it needs
// JavaScript, so no control appears that cannot work.
import { For, Show, createMemo, createSignal } from 'solid-js';
import {
  agendaText,
  buildAgenda,
  lastMeeting,
  meetingsNewestFirst,
  openAsks,
  reviewMarkdown,
  startMeeting,
  winsByQuarter,
  type OneOnOneDef,
  type OneOnOneState,
} from '../../../lib/toolkit/one-on-one';
import { dayLabel, isoDay } from '../../../lib/dates';
import { dropEntry, makeId, patchEntry, putEntry } from '../../../lib/records';
import { oneOnOneSlot } from '../../../lib/storage/slots/one-on-one';
import { saveStatus } from '../../../lib/storage/save-status';
import PlannerExport from './parts/PlannerExport';
import PlannerFrame from './parts/PlannerFrame';
import { createManualQuestions } from '../../../client/manual-questions';
import { createPersisted } from '../../../client/persisted';
import { copyText } from '../../../client/clipboard';
import { formText } from '../../../client/form';

export default function OneOnOne(props: { def: OneOnOneDef }) {
  const def = props.def;
  const store = createPersisted(oneOnOneSlot, { delay: 500 });
  const s = store.value;
  const questions = createManualQuestions();
  const [message, setMessage] = createSignal('');
  const update = (fn: (prev: OneOnOneState) => OneOnOneState, now = false) => {
    store.set(fn);
    if (now) store.flush();
    else setMessage('');
  };
  const agenda = createMemo(() => buildAgenda({ def, state: s(), questions: questions(), today: isoDay() }));
  const meeting = createMemo(() => lastMeeting(s()));
  const groups = createMemo(() => winsByQuarter(s().wins));
  const winCount = () => Object.keys(s().wins).length;

  const addWin = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const win = {
      date: formText(form, 'date') || isoDay(),
      what: formText(form, 'what'),
      impact: formText(form, 'impact'),
      helped: formText(form, 'helped'),
    };
    update((p) => ({ ...p, wins: putEntry(p.wins, makeId(), win) }), true);
    form.reset();
    (form.elements.namedItem('date') as HTMLInputElement).value = isoDay();
    setMessage(`Added to your wins log: ${win.what}`);
  };
  const addAsk = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const what = formText(form, 'what');
    update((p) => ({ ...p, asks: putEntry(p.asks, makeId(), { date: isoDay(), what, done: false }) }), true);
    form.reset();
    setMessage(`Added to your asks: ${what}`);
  };
  const addAction = (e: SubmitEvent) => {
    e.preventDefault();
    const m = meeting();
    if (!m) return;
    const form = e.currentTarget as HTMLFormElement;
    const action = { text: formText(form, 'text'), owner: formText(form, 'owner'), done: false };
    update(
      (p) => ({
        ...p,
        meetings: patchEntry(p.meetings, m.id, { actions: putEntry(p.meetings[m.id]?.actions ?? {}, makeId(), action) }),
      }),
      true,
    );
    form.reset();
    setMessage(`Action added: ${action.text}`);
  };
  const setAction = (meetingId: string, actionId: string, done: boolean | null) =>
    update((p) => {
      const actions = p.meetings[meetingId]?.actions ?? {};
      const next = done === null ? dropEntry(actions, actionId) : patchEntry(actions, actionId, { done });
      return { ...p, meetings: patchEntry(p.meetings, meetingId, { actions: next }) };
    }, true);
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
  const saveLine = () => saveStatus(store.saveState(), { keep: 'log', conflicts: store.conflicts(), unnamed: 'an entry' });

  // The two agenda items the reader writes before the meeting; the rest the agenda gathers itself.
  const nextField = (k: 'progress' | 'risks') => (
    <>
      <label for={`oo-${k}`}>{def.agenda.find((a) => a.id === k)!.title}</label>
      <p class="pl-hint" id={`oo-${k}-hint`}>
        One line each.
      </p>
      <textarea
        id={`oo-${k}`}
        rows="3"
        maxlength="4000"
        aria-describedby={`oo-${k}-hint`}
        value={s().next[k]}
        onInput={(e) => update((p) => ({ ...p, next: { ...p.next, [k]: e.currentTarget.value } }))}
      />
    </>
  );

  return (
    <PlannerFrame
      mounted={store.mounted()}
      needsJs="Filling in the planner needs JavaScript. Without it you can still read the prompts above, or print them."
      status={message() || saveLine()}
    >
      <section class="pl-card no-print" aria-labelledby="oo-win-h">
        <h2 id="oo-win-h">Log a win</h2>
        <form class="pl-form" onSubmit={addWin}>
          <label for="oo-win-date">{def.win.date}</label>
          <input id="oo-win-date" name="date" type="date" value={isoDay()} required />
          <label for="oo-win-what">{def.win.what}</label>
          <p class="pl-hint" id="oo-win-what-hint">
            {def.win.whatHint}
          </p>
          <textarea id="oo-win-what" name="what" rows="2" required maxlength="4000" aria-describedby="oo-win-what-hint" />
          <label for="oo-win-impact">{def.win.impact}</label>
          <p class="pl-hint" id="oo-win-impact-hint">
            {def.win.impactHint}
          </p>
          <textarea id="oo-win-impact" name="impact" rows="2" maxlength="4000" aria-describedby="oo-win-impact-hint" />
          <label for="oo-win-helped">{def.win.helped}</label>
          <p class="pl-hint" id="oo-win-helped-hint">
            {def.win.helpedHint}
          </p>
          <input id="oo-win-helped" name="helped" type="text" maxlength="400" aria-describedby="oo-win-helped-hint" />
          <button type="submit">Add to my log</button>
        </form>
      </section>

      <section class="pl-card no-print" aria-labelledby="oo-ask-h">
        <h2 id="oo-ask-h">Something you need</h2>
        <form class="pl-form" onSubmit={addAsk}>
          <label for="oo-ask-what">{def.ask.what}</label>
          <p class="pl-hint" id="oo-ask-hint">
            {def.ask.whatHint}
          </p>
          <input id="oo-ask-what" name="what" type="text" required maxlength="4000" aria-describedby="oo-ask-hint" />
          <button type="submit" class="secondary">
            Add the ask
          </button>
        </form>
        <Show when={openAsks(s()).length > 0}>
          <ul class="pl-list" role="list">
            <For each={openAsks(s())}>
              {(a) => (
                <li>
                  <span class="pl-text">{a.what}</span>
                  <span class="pl-row-actions">
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => update((p) => ({ ...p, asks: patchEntry(p.asks, a.id, { done: true }) }), true)}
                    >
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

      <Show when={meeting()}>
        {(m) => (
          <section class="pl-card no-print" aria-labelledby="oo-after-h">
            <h2 id="oo-after-h">After the meeting of {dayLabel(m().date)}</h2>
            <p class="pl-hint">Career question: {m().careerQuestion}</p>
            <label for="oo-notes">{def.after.notes}</label>
            <p class="pl-hint" id="oo-notes-hint">
              {def.after.notesHint}
            </p>
            <textarea
              id="oo-notes"
              rows="5"
              maxlength="4000"
              aria-describedby="oo-notes-hint"
              value={m().notes}
              onInput={(e) =>
                update((p) => ({ ...p, meetings: patchEntry(p.meetings, m().id, { notes: e.currentTarget.value }) }))
              }
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
                        onChange={(e) => setAction(m().id, id, e.currentTarget.checked)}
                      />
                      <label for={`oo-act-${id}`} class="pl-text">
                        {a.text}
                        {a.owner ? ` (${a.owner})` : ''}
                      </label>
                      <button type="button" class="secondary" onClick={() => setAction(m().id, id, null)}>
                        Remove<span class="visually-hidden">: {a.text}</span>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <form class="pl-form" onSubmit={addAction}>
              <label for="oo-act-text">{def.after.action}</label>
              <input id="oo-act-text" name="text" type="text" required maxlength="1000" />
              <label for="oo-act-owner">{def.after.owner}</label>
              <input id="oo-act-owner" name="owner" type="text" maxlength="200" />
              <button type="submit" class="secondary">
                Add the action
              </button>
            </form>
            <Show when={meetingsNewestFirst(s()).length > 1}>
              <details class="pl-past">
                <summary>Earlier meetings ({meetingsNewestFirst(s()).length - 1})</summary>
                <For each={meetingsNewestFirst(s()).slice(1)}>
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

      <section class="pl-card pl-print" aria-labelledby="oo-review-h">
        <h2 id="oo-review-h">{def.review.title}</h2>
        <p class="pl-print-only">{def.review.intro}</p>
        <Show
          when={winCount() > 0}
          fallback={<p class="pl-hint">No wins logged yet. Your first one will show up here, dated.</p>}
        >
          <PlannerExport
            printLabel="Print for my review"
            fileName="wins-log.txt"
            text={() => reviewMarkdown(def, s())}
            flush={store.flush}
          />
          <For each={groups()}>
            {(g) => (
              <section class="pl-quarter" aria-labelledby={`oo-q-${g.key}`}>
                <h3 id={`oo-q-${g.key}`}>{g.label}</h3>
                <ul class="pl-wins" role="list">
                  <For each={g.wins}>
                    {(w) => (
                      <li>
                        <p class="pl-win-head">
                          <time datetime={w.date}>{dayLabel(w.date)}</time>
                        </p>
                        <p class="pl-text">{w.what}</p>
                        <Show when={w.impact}>
                          <p class="pl-text pl-detail">
                            {def.win.impact}: {w.impact}
                          </p>
                        </Show>
                        <Show when={w.helped}>
                          <p class="pl-text pl-detail">
                            {def.win.helped}: {w.helped}
                          </p>
                        </Show>
                        <button
                          type="button"
                          class="secondary pl-small"
                          onClick={() => {
                            if (confirm(`Remove this win from your log?\n\n${w.what}`))
                              update((p) => ({ ...p, wins: dropEntry(p.wins, w.id) }), true);
                          }}
                        >
                          Remove<span class="visually-hidden">: {w.what}</span>
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
        </Show>
      </section>
    </PlannerFrame>
  );
}
