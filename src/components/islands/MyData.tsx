// The reader's saved data in one place: what is stored, export, import (validated, previewed,
// confirmed), clear all, and any unreadable data the storage layer kept aside.
import { For, Show, createSignal, onMount } from 'solid-js';
import { buildExport, exportFileName, parseImport } from '../../lib/backup';
import { ALL_SLOTS } from '../../lib/slots';
import KeptChecklistNotes from './parts/KeptChecklistNotes';
import { decode, isAsideKey, keyFor, parseAsideKey, readSlot, writeSlot } from '../../lib/storage';
import { summarize } from '../../lib/summary';
import { dateTime } from '../../lib/dates';
import { download } from './download';
import { announce, pageStorage } from './persisted';

interface Row {
  name: string;
  label: string;
  key: string;
  summary: string;
  savedAt: string | null;
}
interface Aside {
  key: string;
  label: string;
  when: string;
  size: number;
}
type Pending = { exportedAt: string; slots: Record<string, unknown> };

export default function MyData() {
  const [rows, setRows] = createSignal<Row[]>([]);
  const [asides, setAsides] = createSignal<Aside[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  const [message, setMessage] = createSignal<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = createSignal<Pending | null>(null);
  let fileInput: HTMLInputElement | undefined;
  let messageBox: HTMLDivElement | undefined;

  function refresh() {
    const storage = pageStorage();
    setRows(
      ALL_SLOTS.flatMap((slot) => {
        const raw = storage.getItem(keyFor(slot.name));
        if (raw === null) return [];
        const r = readSlot(storage, slot, raw);
        let savedAt: string | null = null;
        try {
          savedAt = (JSON.parse(raw) as { savedAt?: string }).savedAt ?? null;
        } catch {
          /* unreadable: reported and kept aside by readSlot */
        }
        const summary =
          r.status === 'ok' || r.status === 'migrated'
            ? summarize(slot.name, r.data)
            : 'could not be read (a copy is kept aside below)';
        return [{ name: slot.name, label: slot.label, key: keyFor(slot.name), summary, savedAt }];
      }),
    );
    setAsides(
      storage
        .keys()
        .filter(isAsideKey)
        .map((key) => {
          const { name, when } = parseAsideKey(key);
          const slot = ALL_SLOTS.find((s) => s.name === name);
          return { key, label: slot?.label ?? name, when, size: (storage.getItem(key) ?? '').length };
        }),
    );
    setLoaded(true);
  }
  onMount(refresh);

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
    for (const slot of ALL_SLOTS) {
      if (!(slot.name in p.slots)) continue;
      writeSlot(storage, slot, p.slots[slot.name] as never);
      announce(keyFor(slot.name), storage.getItem(keyFor(slot.name)));
    }
    setPending(null);
    refresh();
    say(
      'ok',
      storage.persistent
        ? 'Import complete. Your data now matches the file.'
        : 'Imported for this visit only: this browser is not keeping data.',
    );
  }

  function clearAll() {
    if (
      !window.confirm(
        'Delete everything this site has saved in this browser: progress, checklist, quiz results, assessments, worksheets and any data kept aside? Export first if you may want it back. This cannot be undone.',
      )
    )
      return;
    const storage = pageStorage();
    for (const key of storage.keys()) storage.removeItem(key);
    for (const slot of ALL_SLOTS) announce(keyFor(slot.name), null);
    setPending(null);
    refresh();
    say('ok', 'Everything this site saved in this browser has been deleted.');
  }

  function downloadAside(a: Aside) {
    download(`managing-up-kept-aside-${a.when.slice(0, 10) || 'data'}.txt`, pageStorage().getItem(a.key) ?? '', 'text/plain');
  }
  function deleteAside(a: Aside) {
    if (
      !window.confirm(`Delete the unreadable copy of ${a.label} kept aside on ${a.when ? dateTime(a.when) : 'an earlier visit'}?`)
    )
      return;
    pageStorage().removeItem(a.key);
    refresh();
    say('ok', 'The copy kept aside was deleted.');
  }

  const current = (name: string) => {
    const slot = ALL_SLOTS.find((s) => s.name === name)!;
    const r = decode(slot, pageStorage().getItem(keyFor(name)));
    return r.status === 'ok' || r.status === 'migrated' ? summarize(name, r.data) : 'nothing';
  };

  return (
    <div class="my-data">
      <div ref={messageBox} tabindex="-1" role="status" aria-live="polite" class="md-message">
        <Show when={message()}>{(m) => <p class={m().kind === 'error' ? 'md-error' : 'md-ok'}>{m().text}</p>}</Show>
      </div>

      <section aria-labelledby="md-stored">
        <h2 id="md-stored">What is saved in this browser</h2>
        <Show when={loaded()} fallback={<p>Reading your saved data…</p>}>
          <Show
            when={rows().length > 0}
            fallback={<p>Nothing yet. As you read lessons, take checks or fill in the worksheet, what you do is saved here.</p>}
          >
            <table class="md-table">
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Saved</th>
                  <th scope="col">Last changed</th>
                </tr>
              </thead>
              <tbody>
                <For each={rows()}>
                  {(r) => (
                    <tr>
                      <th scope="row">
                        {r.label.replace(/^your /, '').replace(/^./, (c) => c.toUpperCase())}
                        <br />
                        <code>{r.key}</code>
                      </th>
                      <td>{r.summary}</td>
                      <td>{r.savedAt ? dateTime(r.savedAt) : 'unknown'}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        </Show>
      </section>

      <KeptChecklistNotes />

      <section aria-labelledby="md-export">
        <h2 id="md-export">Export</h2>
        <p>Download everything as one file (JSON). Keep it as a backup, or import it in another browser.</p>
        <button type="button" onClick={exportAll} disabled={loaded() && rows().length === 0}>
          Export my data
        </button>
        <Show when={loaded() && rows().length === 0}>
          <p class="muted">There is nothing to export yet.</p>
        </Show>
      </section>

      <section aria-labelledby="md-import">
        <h2 id="md-import">Import</h2>
        <p>Load a file you exported before. It is checked first; nothing changes until you confirm.</p>
        <label for="md-file" class="md-file-label">
          Choose an export file
        </label>
        <input
          id="md-file"
          type="file"
          accept="application/json,.json"
          ref={fileInput}
          onChange={(e) => void chooseFile(e.currentTarget.files?.[0])}
        />
        <Show when={pending()}>
          {(p) => (
            <div class="panel md-preview">
              <h3>Replace your data with this file?</h3>
              <p>
                The file was exported{p().exportedAt ? ` on ${dateTime(p().exportedAt)}` : ''}. Importing replaces these parts of
                what is saved now:
              </p>
              <table class="md-table">
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">Now</th>
                    <th scope="col">After import</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={Object.entries(p().slots)}>
                    {([name, data]) => (
                      <tr>
                        <th scope="row">{ALL_SLOTS.find((s) => s.name === name)!.label.replace(/^your /, '')}</th>
                        <td>{current(name)}</td>
                        <td>{summarize(name, data)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <div class="cluster">
                <button type="button" onClick={confirmImport}>
                  Replace my data
                </button>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    setPending(null);
                    say('ok', 'Import cancelled. Nothing was changed.');
                  }}
                >
                  Cancel
                </button>
              </div>
            </div>
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
          <ul class="md-asides">
            <For each={asides()}>
              {(a) => (
                <li>
                  <span>
                    {a.label}, kept {a.when ? dateTime(a.when) : ''} ({a.size} characters)
                  </span>
                  <span class="cluster">
                    <button type="button" class="secondary" onClick={() => downloadAside(a)}>
                      Download
                    </button>
                    <button type="button" class="danger" onClick={() => deleteAside(a)}>
                      Delete
                    </button>
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <section aria-labelledby="md-clear">
        <h2 id="md-clear">Clear all</h2>
        <p>Delete everything this site has saved in this browser. You will be asked to confirm.</p>
        <button type="button" class="danger" onClick={clearAll}>
          Clear all my data
        </button>
      </section>
    </div>
  );
}
