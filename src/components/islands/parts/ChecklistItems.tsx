// A list of checklist items bound to the saved checklist state; shared by the lesson group and the
// full checklist page.
import { For, Show } from 'solid-js';
import { describeEntry, type ChecklistItem } from '../../../lib/checklist';
import type { ChecklistEntry, ChecklistState } from '../../../lib/slots';

interface Props {
  items: ChecklistItem[];
  state: ChecklistState;
  onChange: (id: string, patch: Partial<ChecklistEntry>) => void;
  /** Prefix for element ids, unique per list on the page. */
  idPrefix: string;
}

export default function ChecklistItems(props: Props) {
  return (
    <ul class="ck-list">
      <For each={props.items}>
        {(item) => {
          const entry = () => props.state.items[item.id];
          const id = `${props.idPrefix}-${item.id}`;
          return (
            <li class="ck-item" classList={{ done: !!entry()?.done }}>
              <div class="ck-row">
                <input
                  type="checkbox"
                  id={id}
                  checked={!!entry()?.done}
                  onChange={(e) => props.onChange(item.id, { done: e.currentTarget.checked })}
                />
                <label for={id}>{item.text}</label>
              </div>
              <div class="ck-meta">
                <a href={item.href}>
                  Why this matters<span class="visually-hidden">: {item.text}</span>
                </a>
                <details class="ck-details">
                  {/* The saved date and note replace the label in place, on one line, so they move nothing. */}
                  <summary>
                    {describeEntry(entry()) || 'Add a date and note'}
                    <span class="visually-hidden"> for: {item.text}</span>
                  </summary>
                  <div class="ck-fields">
                    <label>
                      Date done
                      <input
                        type="date"
                        value={entry()?.date ?? ''}
                        onInput={(e) => props.onChange(item.id, { date: e.currentTarget.value || undefined })}
                      />
                    </label>
                    <label>
                      Note
                      <input
                        type="text"
                        value={entry()?.note ?? ''}
                        placeholder="e.g. told Sam about the vendor delay"
                        onInput={(e) => props.onChange(item.id, { note: e.currentTarget.value || undefined })}
                      />
                    </label>
                  </div>
                </details>
              </div>
              <Show when={describeEntry(entry())}>
                <p class="ck-record print-only">{describeEntry(entry())}</p>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
