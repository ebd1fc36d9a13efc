// The reader's saved data in one place: what is stored (in plain words), export, import (checked,
// previewed, confirmed, all-or-nothing), clear all, and copies kept aside. The logic is
// src/lib/my-data.ts; this island renders it and wires the buttons.
import { Show, createSignal, onMount } from 'solid-js';
import { buildExport, exportFileName, parseImport } from '../../lib/storage/backup';
import {
  applyImport,
  clearAll,
  clearAllWords,
  listAsides,
  listSaved,
  type AsideRow,
  type SavedRow,
  type Totals,
} from '../../lib/my-data';
import { ALL_SLOTS } from '../../lib/storage/registry';
import AsideList from './parts/AsideList';
import ImportPreview from './parts/ImportPreview';
import KeptChecklistNotes from './parts/KeptChecklistNotes';
import SavedList from './parts/SavedList';
import { keyFor } from '../../lib/storage/store';
import { dateTime } from '../../lib/dates';
import { download } from '../../client/download';
import { announce, createStoredChange, pageStorage } from '../../client/persisted';
import StorageNotice from './StorageNotice';

type Pending = { exportedAt: string; slots: Record<string, unknown> };

export default function MyData(props: { totals: Totals }) {
  const [rows, setRows] = createSignal<SavedRow[]>([]);
  const [asides, setAsides] = createSignal<AsideRow[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = createSignal<Pending | null>(null);
  const [fileName, setFileName] = createSignal('');
  let fileInput: HTMLInputElement | undefined;
  let messageBox: HTMLDivElement | undefined;

  function refresh() {
    const storage = pageStorage();
    setRows(listSaved(storage, ALL_SLOTS, props.totals));
    setAsides(listAsides(storage, ALL_SLOTS));
    setLoaded(true);
  }
  onMount(refresh);
  createStoredChange(refresh);

  const say = (kind: 'ok' | 'error', text: string) => {
    setMessage({ kind, text });
    queueMicrotask(() => messageBox?.focus());
  };

  function exportAll() {
    const storage = pageStorage();
    const file = buildExport(ALL_SLOTS, (k) => storage.getItem(k));
    download(exportFileName(), JSON.stringify(file, null, 2), 'application/json');
    say('ok', `Downloaded ${exportFileName()} with ${Object.keys(file.slots).length} kinds of data.`);
  }

  async function chooseFile(file: File | undefined) {
    setPending(null);
    setFileName(file?.name ?? '');
    if (!file) return;
    const result = parseImport(await file.text(), ALL_SLOTS);
    if (fileInput) fileInput.value = '';
    if (!result.ok) return say('error', result.error);
    setPending({ exportedAt: result.exportedAt, slots: result.slots });
    say('ok', 'This file is a valid export. Check what it will replace below, then confirm.');
  }

  function confirmImport() {
    const p = pending();
    if (!p) return;
    const storage = pageStorage();
    const outcome = applyImport(storage, ALL_SLOTS, p.slots);
    setPending(null);
    for (const key of outcome.keys) announce(key, storage.getItem(key));
    refresh();
    if (!outcome.ok) return say('error', outcome.error);
    say(
      'ok',
      outcome.persistent
        ? 'Import complete. Your data now matches the file.'
        : 'Imported for this visit only: this browser is not keeping data.',
    );
  }

  function clearEverything() {
    if (
      !window.confirm(
        `Delete everything this site has saved in this browser: ${clearAllWords(ALL_SLOTS)}? Export first if you may want it back. This cannot be undone.`,
      )
    )
      return;
    clearAll(pageStorage());
    for (const slot of ALL_SLOTS) announce(keyFor(slot.name), null);
    setPending(null);
    refresh();
    say('ok', 'Everything this site saved in this browser has been deleted.');
  }

  function downloadAside(a: AsideRow) {
    download(`managing-up-kept-aside-${a.when.slice(0, 10) || 'data'}.txt`, pageStorage().getItem(a.key) ?? '', 'text/plain');
  }
  function deleteAside(a: AsideRow) {
    if (
      !window.confirm(`Delete the unreadable copy of ${a.label} kept aside on ${a.when ? dateTime(a.when) : 'an earlier visit'}?`)
    )
      return;
    pageStorage().removeItem(a.key);
    refresh();
    say('ok', 'The copy kept aside was deleted.');
  }

  const off = () => !loaded();

  return (
    <div class="my-data">
      <StorageNotice />
      <div ref={messageBox} tabindex="-1" role="status" aria-live="polite" class="md-message">
        <Show when={message()}>{(m) => <p class={m().kind === 'error' ? 'md-error' : 'md-ok'}>{m().text}</p>}</Show>
      </div>

      <section aria-labelledby="md-stored">
        <h2 id="md-stored">What is saved in this browser</h2>
        <Show
          when={loaded()}
          fallback={
            <p class="md-nojs">Your saved data is listed here, and can be exported or imported, when JavaScript is on.</p>
          }
        >
          <SavedList rows={rows()} />
        </Show>
      </section>

      <KeptChecklistNotes />

      <section aria-labelledby="md-export">
        <h2 id="md-export">Export</h2>
        <p>Download everything as one file. Keep it as a backup, or import it in another browser.</p>
        <button type="button" onClick={exportAll} disabled={off() || rows().length === 0}>
          Export my data
        </button>
        <Show when={loaded() && rows().length === 0}>
          <p class="muted">There is nothing to export yet.</p>
        </Show>
      </section>

      <section aria-labelledby="md-import">
        <h2 id="md-import">Import</h2>
        <p>Load a file you exported before. It is checked first; nothing changes until you confirm.</p>
        <div class="md-file">
          <input
            id="md-file"
            class="md-file-input"
            type="file"
            accept="application/json,.json"
            disabled={off()}
            ref={fileInput}
            onChange={(e) => void chooseFile(e.currentTarget.files?.[0])}
          />
          <label for="md-file" class="button secondary md-file-label">
            Choose an export file
          </label>
          <span class="md-file-name">{fileName() || 'No file chosen'}</span>
        </div>
        <Show when={pending()}>
          {(p) => (
            <ImportPreview
              exportedAt={p().exportedAt}
              slots={p().slots}
              totals={props.totals}
              onConfirm={confirmImport}
              onCancel={() => {
                setPending(null);
                say('ok', 'Import canceled. Nothing was changed.');
              }}
            />
          )}
        </Show>
      </section>

      <Show when={asides().length > 0}>
        <section aria-labelledby="md-aside">
          <h2 id="md-aside">Data kept aside</h2>
          <p>
            These copies could not be read (damaged, or saved by a different version of the site). They were kept so nothing is
            lost. Download one to look at it, or delete it.
          </p>
          <AsideList asides={asides()} onDownload={downloadAside} onDelete={deleteAside} />
        </section>
      </Show>

      <section aria-labelledby="md-clear">
        <h2 id="md-clear">Clear all</h2>
        <p>Delete everything this site has saved in this browser: {clearAllWords(ALL_SLOTS)}. You will be asked to confirm.</p>
        <button type="button" class="danger" disabled={off()} onClick={clearEverything}>
          Clear all my data
        </button>
      </section>
    </div>
  );
}
