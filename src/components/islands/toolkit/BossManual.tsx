// "Your boss's user manual": one manual per boss, each answer with a "a guess — check it" box, and
// the guesses listed as questions for the next one-on-one. The prompts come first, then the shared
// compact bar (status, Print, Download, a "More" menu). Renders and wires events only; the logic
// is src/lib/toolkit/boss-manual.ts. Without JavaScript the page shows the prompts; the controls
// carry .tk-js and are hidden by the page's <noscript> style.
import { For, Show } from 'solid-js';
import {
  activeManual,
  addManual,
  answeredCount,
  conflictLabels,
  deleteManual,
  fieldCount,
  manualFileName,
  openQuestions,
  renameManual,
  setAnswer,
  toPlainText,
  type Answer,
  type ManualDef,
} from '../../../lib/toolkit/boss-manual';
import { longDate } from '../../../lib/dates';
import { createEditor } from '../../../client/editor';
import EditorBar from '../parts/EditorBar';
import ManualField from './parts/ManualField';
import PickSelect from '../parts/PickSelect';
import StorageNotice from '../StorageNotice';
import { bossManualSlot, manualAnswerPath } from '../../../lib/storage/slots/boss-manual';
import { saveStatus, saveStatusShort } from '../../../lib/storage/save-status';
import manualWords from '../../../data/toolkit/boss-manual.json';

// The words come in the bundle rather than as props: props would repeat them in the page's HTML.
const props = { def: manualWords as ManualDef };

export default function BossManual() {
  const { store, state, versions, update, message, say, menuRef, switchTo, saveAsText, askName, confirmThen, copy } =
    createEditor(bossManualSlot);
  const manual = () => activeManual(state());
  const answer = (id: string): Answer => manual().fields[id] ?? { value: '', guess: false };
  const questions = () => openQuestions(manual());

  const newManual = () =>
    askName({
      question: "Who's this manual about? (A first name is plenty.)",
      current: '',
      apply: (name) => addManual(state(), name),
      done: () => `Started a manual for “${manual().name}”.`,
      empty: true,
    });
  const rename = () =>
    askName({
      question: 'New name for this manual:',
      current: manual().name,
      apply: (name) => renameManual(state(), manual().id, name),
      done: () => `Renamed to “${manual().name}”.`,
    });
  function remove() {
    const only = state().manuals.length === 1;
    const name = manual().name;
    confirmThen(
      only
        ? `Clear everything in the manual for “${name}”? This can't be undone.`
        : `Delete the manual for “${name}”? This can't be undone.`,
      () => deleteManual(state(), manual().id),
      () => (only ? `Cleared “${name}”.` : `Deleted “${name}”. Now showing “${manual().name}”.`),
    );
  }
  const downloadText = () =>
    saveAsText(
      () => manualFileName(manual()),
      () => toPlainText(props.def, manual()),
    );
  const copyAsText = () =>
    copy(
      () => toPlainText(props.def, manual()),
      'Copied the manual as plain text.',
      "Your browser didn't allow copying. Use “Download as a text file” instead.",
    );

  return (
    <div class="tk">
      <StorageNotice />
      <div class="tk-pick tk-switch tk-js no-print">
        <PickSelect
          id="bm-select"
          label="Manual for"
          items={state().manuals}
          activeId={manual().id}
          name={(m) => m.name}
          onPick={(id) => switchTo(id, () => manual().name)}
        />
      </div>

      <Show when={store.mounted()}>
        <p class="print-only tk-print-head">
          <strong>{manual().name}</strong> · last edited {longDate(manual().updatedAt)}
        </p>
      </Show>

      <For each={props.def.sections}>
        {(section) => (
          <section class="tk-section" aria-labelledby={`bm-s-${section.id}`}>
            <h2 id={`bm-s-${section.id}`}>{section.title}</h2>
            <p class="muted">{section.intro}</p>
            <For each={section.fields}>
              {(field) => (
                <ManualField
                  field={field}
                  answer={answer(field.id)}
                  mounted={store.mounted()}
                  onAnswer={(change, now) => update(setAnswer(state(), field.id, change), now)}
                  onBlur={() => store.flush()}
                  others={versions.others(manualAnswerPath(manual().id, field.id))}
                  onUse={(text) => {
                    versions.resolve(manualAnswerPath(manual().id, field.id), text, (st, t) =>
                      setAnswer(st, field.id, { value: t }),
                    );
                    say(`Now using your other version of “${field.label}”.`);
                  }}
                  onDiscard={(text) => {
                    versions.resolve(manualAnswerPath(manual().id, field.id), text);
                    say(`Discarded your other version of “${field.label}”.`);
                  }}
                />
              )}
            </For>
          </section>
        )}
      </For>

      {/* Built from what is saved, so it appears once saved answers are in (below the fold: no shift). */}
      <Show when={store.mounted()}>
        <section class="tk-section tk-questions panel tk-js" aria-labelledby="bm-questions">
          <h2 id="bm-questions">To check at your next one-on-one</h2>
          <Show
            when={questions().length > 0}
            fallback={
              <p>
                Nothing's marked as a guess. Tick “A guess — check it” on anything you're not sure of, and it turns up here as a
                question to ask.
              </p>
            }
          >
            <p class="muted">Everything you marked as a guess, turned into a question you can ask out loud.</p>
            <ol>
              <For each={questions()}>{(q) => <li>{q.question}</li>}</For>
            </ol>
          </Show>
        </section>
      </Show>

      <EditorBar
        class="tk-js no-print"
        statusClass="tk-status"
        status={
          <>
            {answeredCount(manual())} of {fieldCount} filled in, {questions().length} to check.{' '}
            {saveStatus(store.saveState(), {
              keep: 'manual',
              savedAt: store.savedAt(),
              conflicts: conflictLabels(props.def, store.conflicts()),
              versions: versions.count(),
            })}{' '}
            {message()}
          </>
        }
        short={saveStatusShort(store.saveState(), {
          conflicts: store.conflicts(),
          message: message(),
          versions: versions.count(),
        })}
        flush={store.flush}
        onDownload={downloadText}
        menuRef={menuRef}
      >
        <button type="button" class="secondary" onClick={newManual}>
          Another boss…
        </button>
        <button type="button" class="secondary" onClick={rename}>
          Rename this manual…
        </button>
        <button type="button" class="secondary" onClick={copyAsText}>
          Copy as text
        </button>
        <button type="button" class="danger" onClick={remove}>
          {state().manuals.length > 1 ? 'Delete this manual…' : 'Clear this manual…'}
        </button>
      </EditorBar>
    </div>
  );
}
