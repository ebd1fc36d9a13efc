// A list of checklist items bound to the saved checklist state; shared by the lesson group and the
// full checklist page. Whether an item is done or due, and what its date and note say, come from
// src/lib/checklist.ts. A row's date and note fields exist only while its disclosure is open: closed,
// 40 rows of them were 300 of the checklist page's 770 elements, parsed, styled and hydrated before
// the reader could tick anything (issue 26). What a row already holds shows in its summary.
import { For, Show, createSignal, onMount } from 'solid-js';
import { PERIOD_LABELS, describeEntry, itemStatus, tickPatch, type ChecklistItem } from '../../../lib/checklist';
import type { ChecklistEntry, ChecklistState } from '../../../lib/storage/slots/checklist';

interface Props {
  items: ChecklistItem[];
  state: ChecklistState;
  /** Today as YYYY-MM-DD, for recurring items. */
  today: string;
  onChange: (id: string, patch: Partial<ChecklistEntry>) => void;
  /** Prefix for element ids, unique per list on the page. */
  idPrefix: string;
  /** False until saved state has loaded in the browser: without JavaScript nothing could be saved, so nothing is offered. */
  ready?: boolean;
}

export default function ChecklistItems(props: Props) {
  return (
    <ul class="ck-list">
      <For each={props.items}>
        {(item) => {
          const entry = () => props.state.items[item.id];
          const status = () => itemStatus(item, entry(), props.today);
          const record = () => describeEntry(item, entry());
          const id = `${props.idPrefix}-${item.id}`;
          const [open, setOpen] = createSignal(false);
          let details!: HTMLDetailsElement;
          // Opened before the page's script ran: its toggle came too early to hear.
          onMount(() => setOpen(details.open));
          return (
            <li class="ck-item" classList={{ done: status() === 'done', due: status() === 'due' }}>
              <div class="ck-row">
                <input
                  type="checkbox"
                  id={id}
                  disabled={props.ready === false}
                  checked={status() === 'done'}
                  onChange={(e) => props.onChange(item.id, tickPatch(item, e.currentTarget.checked, props.today))}
                />
                <label for={id}>
                  {item.text}
                  <Show when={item.every}>
                    {' '}
                    {/* Both texts take the same place, so a habit falling due moves nothing on the page. */}
                    <span class="ck-repeat">
                      <span class="ck-every">({PERIOD_LABELS[item.every!]})</span>
                      <span class="ck-due-note">(due again)</span>
                    </span>
                  </Show>
                </label>
              </div>
              <div class="ck-meta">
                <a href={item.href}>
                  Why this matters<span class="visually-hidden">: {item.text}</span>
                </a>
                <details class="ck-details" ref={details} onToggle={(e) => setOpen(e.currentTarget.open)}>
                  <summary>
                    {record() || 'Add a date and note'}
                    <span class="visually-hidden"> for: {item.text}</span>
                  </summary>
                  <Show when={open()}>
                    <div class="ck-fields">
                      <label>
                        {item.every ? 'Last done' : 'Date done'}
                        <input
                          type="date"
                          disabled={props.ready === false}
                          value={entry()?.date ?? ''}
                          onInput={(e) => props.onChange(item.id, { date: e.currentTarget.value || undefined })}
                        />
                      </label>
                      <label>
                        Note
                        <input
                          type="text"
                          disabled={props.ready === false}
                          value={entry()?.note ?? ''}
                          placeholder="e.g. told Sam about the vendor delay"
                          onInput={(e) => props.onChange(item.id, { note: e.currentTarget.value || undefined })}
                        />
                      </label>
                      <Show when={status() !== 'done' && (entry()?.date || entry()?.note)}>
                        <p class="ck-offer">
                          Not ticked yet.{' '}
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => props.onChange(item.id, tickPatch(item, true, props.today))}
                          >
                            Tick it<span class="visually-hidden">: {item.text}</span>
                          </button>
                        </p>
                      </Show>
                    </div>
                  </Show>
                </details>
              </div>
              <Show when={record()}>
                <p class="ck-record print-only">{record()}</p>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
