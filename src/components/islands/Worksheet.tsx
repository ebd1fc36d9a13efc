// The "step into your boss's shoes" worksheet: prompts first, then a compact bar with the save
// status, Print, Download and a menu for the rest. Saving (delayed while typing, merged across
// tabs) is the persisted helper's; the logic is src/lib/worksheet.ts.
import { For, Show } from 'solid-js';
import { worksheetSlot } from '../../lib/slots';
import {
  activeSheet,
  addSheet,
  answeredCount,
  clearAnswers,
  conflictLabels,
  deleteSheet,
  promptCount,
  renameSheet,
  saveStatus,
  setAnswer,
  textFileName,
  toPlainText,
  type WorksheetDef,
} from '../../lib/worksheet';
import { longDate } from '../../lib/dates';
import { createEditor } from './parts/editor';
import EditorBar from './parts/EditorBar';
import PickSelect from './parts/PickSelect';
import StorageNotice from './StorageNotice';

export default function Worksheet(props: { def: WorksheetDef }) {
  const { store: ws, state, update, message, say, menuRef, closeMenu, switchTo, saveAsText } = createEditor(worksheetSlot);

  const sheet = () => activeSheet(state());
  const answer = (id: string) => sheet().answers[id] ?? '';
  const status = () =>
    ws.mounted()
      ? saveStatus(ws.saveState(), ws.savedAt(), conflictLabels(props.def, ws.conflicts()))
      : 'Saving your answers needs JavaScript, which is off here: print this page or use the blank copy instead.';

  function newWorksheet() {
    closeMenu();
    const name = window.prompt(
      'Name the new worksheet (for example, the boss it is about):',
      `Worksheet ${state().sheets.length + 1}`,
    );
    if (name === null) return;
    update(addSheet(state(), name), true);
    say(`Created “${sheet().name}”.`);
  }
  function rename() {
    closeMenu();
    const name = window.prompt('New name for this worksheet:', sheet().name);
    if (name === null || !name.trim()) return;
    update(renameSheet(state(), sheet().id, name), true);
    say(`Renamed to “${sheet().name}”.`);
  }
  function remove() {
    closeMenu();
    const only = state().sheets.length === 1;
    const ok = window.confirm(
      only
        ? `Clear every answer in “${sheet().name}”? This cannot be undone.`
        : `Delete the worksheet “${sheet().name}” and all its answers? This cannot be undone.`,
    );
    if (!ok) return;
    const name = sheet().name;
    update(deleteSheet(state(), sheet().id), true);
    say(only ? `Cleared “${name}”.` : `Deleted “${name}”. Now showing “${sheet().name}”.`);
  }
  function clear() {
    closeMenu();
    if (!window.confirm(`Clear every answer in “${sheet().name}”? This cannot be undone.`)) return;
    update(clearAnswers(state()), true);
    say('All answers cleared.');
  }
  const downloadText = () =>
    saveAsText(
      () => textFileName(sheet()),
      () => toPlainText(props.def, sheet()),
    );
  async function copyText() {
    closeMenu();
    ws.flush();
    try {
      await navigator.clipboard.writeText(toPlainText(props.def, sheet()));
      say('Copied your answers as plain text.');
    } catch {
      say('Your browser did not allow copying. Use “Download as a text file” instead.');
    }
  }

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
                <div class="ws-prompt">
                  <Show
                    when={p.kind === 'scale' && p.scale}
                    fallback={
                      <>
                        <label class="ws-label" for={`ws-${p.id}`}>
                          {p.label}
                        </label>
                        <p class="ws-hint" id={`hint-${p.id}`}>
                          {p.hint}
                        </p>
                        <textarea
                          id={`ws-${p.id}`}
                          dir="auto"
                          rows={Math.max(3, p.lines)}
                          aria-describedby={`hint-${p.id}`}
                          value={answer(p.id)}
                          onInput={(e) => update(setAnswer(state(), p.id, e.currentTarget.value))}
                          onBlur={() => ws.flush()}
                        />
                        <Show
                          when={answer(p.id).trim()}
                          fallback={
                            <div class={`ruled ws-print-ruled lines-${p.lines}`} aria-hidden="true">
                              {Array.from({ length: p.lines }, () => (
                                <span />
                              ))}
                            </div>
                          }
                        >
                          <div class="ws-print-answer" dir="auto" aria-hidden="true">
                            {answer(p.id)}
                          </div>
                        </Show>
                      </>
                    }
                  >
                    {(scale) => (
                      <fieldset class="ws-scale" aria-describedby={`hint-${p.id}`}>
                        <legend class="ws-label">{p.label}</legend>
                        <p class="ws-hint" id={`hint-${p.id}`}>
                          {p.hint}
                        </p>
                        <div class="ws-scale-options">
                          <For each={Array.from({ length: scale().max - scale().min + 1 }, (_, i) => scale().min + i)}>
                            {(n) => (
                              <label class="scale-option">
                                <input
                                  type="radio"
                                  name={`ws-${p.id}`}
                                  value={n}
                                  checked={answer(p.id) === String(n)}
                                  onChange={() => update(setAnswer(state(), p.id, String(n)), true)}
                                />
                                <span>
                                  {n}
                                  {n === scale().min
                                    ? ` (${scale().minLabel})`
                                    : n === scale().max
                                      ? ` (${scale().maxLabel})`
                                      : ''}
                                </span>
                              </label>
                            )}
                          </For>
                        </div>
                      </fieldset>
                    )}
                  </Show>
                </div>
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
        <button type="button" class="secondary" disabled={!ws.mounted()} onClick={copyText}>
          Copy as text
        </button>
        <a class="button secondary" href="/worksheet/blank/">
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
