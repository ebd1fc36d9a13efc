// The "step into your boss's shoes" worksheet: autosaving answers, several named worksheets,
// print, Markdown export, copy as text, clear. Logic lives in src/lib/worksheet.ts.
import { For, Show, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import { worksheetSlot, type WorksheetState } from '../../lib/slots';
import {
  activeSheet,
  addSheet,
  answeredCount,
  clearAnswers,
  deleteSheet,
  markdownFileName,
  promptCount,
  renameSheet,
  setAnswer,
  toMarkdown,
  toPlainText,
  type WorksheetDef,
} from '../../lib/worksheet';
import { clockTime, longDate } from '../../lib/dates';
import { download } from './download';
import { pageStorage, usePersisted } from './persisted';

const SAVE_DELAY_MS = 500;

export default function Worksheet(props: { def: WorksheetDef }) {
  const [saved, setSaved, mounted] = usePersisted(worksheetSlot);
  // What is on screen. It is written to storage a moment after typing stops, and never replaced
  // by a failed save, so nothing typed is lost when storage fails.
  const [state, setState] = createSignal<WorksheetState>(worksheetSlot.empty());
  const [status, setStatus] = createSignal('');
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  // Saved worksheets arrive after mount, and again when another tab or an import changes them:
  // follow them unless there is unsaved typing on screen.
  createEffect(() => {
    const s = saved();
    if (mounted() && !pending) setState(s);
  });

  const flush = () => {
    if (!pending) return;
    clearTimeout(timer);
    pending = false;
    setSaved(state());
    setStatus(
      pageStorage().persistent
        ? `All changes saved in this browser at ${clockTime(new Date())}.`
        : 'Not saved: this browser is not keeping data. Export or copy your answers before you leave.',
    );
  };
  const update = (next: WorksheetState, immediate = false) => {
    setState(next);
    pending = true;
    setStatus('Saving…');
    clearTimeout(timer);
    if (immediate) flush();
    else timer = setTimeout(flush, SAVE_DELAY_MS);
  };
  onMount(() => {
    window.addEventListener('pagehide', flush);
    onCleanup(() => window.removeEventListener('pagehide', flush));
  });

  const sheet = () => activeSheet(state());
  const answer = (id: string) => sheet().answers[id] ?? '';
  const say = (text: string) => {
    setMessage('');
    queueMicrotask(() => setMessage(text));
  };

  function newWorksheet() {
    const name = window.prompt(
      'Name the new worksheet (for example, the boss it is about):',
      `Worksheet ${state().sheets.length + 1}`,
    );
    if (name === null) return;
    update(addSheet(state(), name), true);
    say(`Created “${sheet().name}”.`);
  }
  function rename() {
    const name = window.prompt('New name for this worksheet:', sheet().name);
    if (name === null || !name.trim()) return;
    update(renameSheet(state(), sheet().id, name), true);
    say(`Renamed to “${sheet().name}”.`);
  }
  function remove() {
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
    if (!window.confirm(`Clear every answer in “${sheet().name}”? This cannot be undone.`)) return;
    update(clearAnswers(state()), true);
    say('All answers cleared.');
  }
  function exportMarkdown() {
    flush();
    download(markdownFileName(sheet()), toMarkdown(props.def, sheet()), 'text/markdown');
    say(`Downloaded ${markdownFileName(sheet())}.`);
  }
  async function copyText() {
    flush();
    try {
      await navigator.clipboard.writeText(toPlainText(props.def, sheet()));
      say('Copied your answers as plain text.');
    } catch {
      say('Your browser did not allow copying. Use “Download as Markdown” instead.');
    }
  }

  return (
    <div class="ws">
      <div class="ws-toolbar no-print">
        <div class="ws-switch">
          <label for="ws-select">Worksheet</label>
          <select
            id="ws-select"
            onChange={(e) => {
              flush();
              update({ ...state(), activeId: e.currentTarget.value }, true);
              say(`Now showing “${sheet().name}”.`);
            }}
          >
            <For each={state().sheets}>
              {(s) => (
                <option value={s.id} selected={s.id === sheet().id}>
                  {s.name}
                </option>
              )}
            </For>
          </select>
          <button type="button" class="secondary" onClick={newWorksheet}>
            New
          </button>
          <button type="button" class="secondary" onClick={rename}>
            Rename
          </button>
          <button type="button" class="danger" onClick={remove}>
            Delete
          </button>
        </div>
        <div class="ws-actions">
          <button
            type="button"
            onClick={() => {
              flush();
              window.print();
            }}
          >
            Print or save as PDF
          </button>
          <a class="button secondary" href="/worksheet/blank/">
            Blank copy to print
          </a>
          <button type="button" class="secondary" onClick={exportMarkdown}>
            Download as Markdown
          </button>
          <button type="button" class="secondary" onClick={copyText}>
            Copy as text
          </button>
          <button type="button" class="danger" onClick={clear}>
            Clear answers
          </button>
        </div>
        <p class="ws-status" role="status" aria-live="polite">
          {answeredCount(props.def, sheet())} of {promptCount(props.def)} prompts answered. {status()} {message()}
        </p>
      </div>

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
                          rows={Math.max(3, p.lines)}
                          aria-describedby={`hint-${p.id}`}
                          value={answer(p.id)}
                          onInput={(e) => update(setAnswer(state(), p.id, e.currentTarget.value))}
                          onBlur={flush}
                        />
                        <div class="ws-print-answer" aria-hidden="true">
                          {answer(p.id) || ' '}
                        </div>
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
    </div>
  );
}
