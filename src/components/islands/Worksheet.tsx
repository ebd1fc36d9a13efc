// The "step into your boss's shoes" worksheet: prompts first, then a compact bar with the save
// status, Print, Download and a menu for the rest. Saving (delayed while typing, merged across
// tabs) is the persisted helper's; the logic is src/lib/worksheet.ts.
import { href } from '../../lib/base';
import { For, Show } from 'solid-js';
import { answerPath, worksheetSlot } from '../../lib/storage/slots/worksheet';
import {
  activeSheet,
  addSheet,
  answeredCount,
  clearAnswers,
  conflictLabels,
  deleteSheet,
  promptCount,
  renameSheet,
  setAnswer,
  toPlainText,
  type WorksheetDef,
} from '../../lib/worksheet';
import { textFileName } from '../../lib/file-name';
import { longDate } from '../../lib/dates';
import { saveStatus, saveStatusShort } from '../../lib/storage/save-status';
import { createEditor } from '../../client/editor';
import EditorBar from './parts/EditorBar';
import PickSelect from './parts/PickSelect';
import WorksheetPrompt from './parts/WorksheetPrompt';
import StorageNotice from './StorageNotice';

export default function Worksheet(props: { def: WorksheetDef }) {
  const {
    store: ws,
    state,
    versions,
    update,
    message,
    say,
    menuRef,
    switchTo,
    saveAsText,
    askName,
    confirmThen,
    copy,
  } = createEditor(worksheetSlot);

  const sheet = () => activeSheet(state());
  const answer = (id: string) => sheet().answers[id] ?? '';
  const status = () =>
    ws.mounted()
      ? saveStatus(ws.saveState(), {
          keep: 'answers',
          savedAt: ws.savedAt(),
          conflicts: conflictLabels(props.def, ws.conflicts()),
          idle: 'Your answers save in this browser as you type.',
          versions: versions.count(),
        })
      : // Until the island wakes: the first line for a reader with JavaScript, the second where
        // scripting is off (interactive.css shows one of them).
        [
          <span class="js-wait">Reading your saved answers…</span>,
          <span class="no-js-line">
            Saving your answers needs JavaScript, which is off here: print this page or use the blank copy instead.
          </span>,
        ];

  const newWorksheet = () =>
    askName({
      question: 'Name the new worksheet (for example, the boss it is about):',
      current: `Worksheet ${state().sheets.length + 1}`,
      apply: (name) => addSheet(state(), name),
      done: () => `Created “${sheet().name}”.`,
      empty: true,
    });
  const rename = () =>
    askName({
      question: 'New name for this worksheet:',
      current: sheet().name,
      apply: (name) => renameSheet(state(), sheet().id, name),
      done: () => `Renamed to “${sheet().name}”.`,
    });
  function remove() {
    const only = state().sheets.length === 1;
    const name = sheet().name;
    confirmThen(
      only
        ? `Clear every answer in “${name}”? This cannot be undone.`
        : `Delete the worksheet “${name}” and all its answers? This cannot be undone.`,
      () => deleteSheet(state(), sheet().id),
      () => (only ? `Cleared “${name}”.` : `Deleted “${name}”. Now showing “${sheet().name}”.`),
    );
  }
  const clear = () =>
    confirmThen(
      `Clear every answer in “${sheet().name}”? This cannot be undone.`,
      () => clearAnswers(state()),
      () => 'All answers cleared.',
    );
  const downloadText = () =>
    saveAsText(
      () => textFileName(sheet()),
      () => toPlainText(props.def, sheet()),
    );
  const copyAsText = () =>
    copy(
      () => toPlainText(props.def, sheet()),
      'Copied your answers as plain text.',
      'Your browser did not allow copying. Use “Download as a text file” instead.',
    );

  return (
    <div class="ws">
      <StorageNotice />
      <Show when={state().sheets.length > 1}>
        <div class="ws-switch no-print">
          <PickSelect
            id="ws-select"
            label="Worksheet"
            items={state().sheets}
            activeId={sheet().id}
            name={(s) => s.name}
            onPick={(id) => switchTo(id, () => sheet().name)}
          />
        </div>
      </Show>

      <div class="print-only ws-print-head">
        <p>
          <strong>{sheet().name}</strong> · last edited {longDate(sheet().updatedAt)} · printed{' '}
          {longDate(new Date().toISOString())}
        </p>
      </div>

      <For each={props.def.parts}>
        {(part) => (
          <section class="ws-part" aria-labelledby={`part-${part.id}`}>
            <h2 id={`part-${part.id}`}>{part.title}</h2>
            <p class="muted">{part.intro}</p>
            <For each={part.prompts}>
              {(p) => (
                <WorksheetPrompt
                  prompt={p}
                  answer={answer(p.id)}
                  onAnswer={(value, now) => update(setAnswer(state(), p.id, value), now)}
                  onBlur={() => ws.flush()}
                  others={versions.others(answerPath(sheet().id, p.id))}
                  onUse={(text) => {
                    versions.resolve(answerPath(sheet().id, p.id), text, (st, t) => setAnswer(st, p.id, t));
                    say(`Now using your other version of “${p.label}”.`);
                  }}
                  onDiscard={(text) => {
                    versions.resolve(answerPath(sheet().id, p.id), text);
                    say(`Discarded your other version of “${p.label}”.`);
                  }}
                />
              )}
            </For>
          </section>
        )}
      </For>

      <EditorBar
        class="no-print"
        statusClass="ws-status"
        status={
          <>
            {answeredCount(props.def, sheet())} of {promptCount(props.def)} answered. {status()} {message()}
          </>
        }
        // Short from the first paint, so a phone's bar is one row before and after the island
        // wakes (the no-JavaScript line shows in full where scripting is off, by tool-bar.css).
        short={(() => {
          const count = `${answeredCount(props.def, sheet())}/${promptCount(props.def)}`;
          if (!ws.mounted()) return `${count} answered`;
          const word = saveStatusShort(ws.saveState(), {
            conflicts: ws.conflicts(),
            message: message(),
            versions: versions.count(),
          });
          return word == null ? null : ws.saveState() === 'idle' ? `${count} answered` : `${count} · ${word}`;
        })()}
        disabled={!ws.mounted()}
        flush={ws.flush}
        onDownload={downloadText}
        menuRef={menuRef}
      >
        <button type="button" class="secondary" disabled={!ws.mounted()} onClick={newWorksheet}>
          New worksheet…
        </button>
        <button type="button" class="secondary" disabled={!ws.mounted()} onClick={rename}>
          Rename this worksheet…
        </button>
        <button type="button" class="secondary" disabled={!ws.mounted()} onClick={copyAsText}>
          Copy as text
        </button>
        <a class="button secondary" href={href('/worksheet/blank/')}>
          Blank copy to print
        </a>
        <button type="button" class="danger" disabled={!ws.mounted()} onClick={clear}>
          Clear answers…
        </button>
        <Show when={state().sheets.length > 1}>
          <button type="button" class="danger" disabled={!ws.mounted()} onClick={remove}>
            Delete this worksheet…
          </button>
        </Show>
      </EditorBar>
    </div>
  );
}
