// Dates and notes the reader saved on checklist items that were since reworded or removed, kept by
// the checklist migration so nothing typed is lost. Shown on the checklist page and on My data;
// renders nothing when there are none.
import { For, Show } from 'solid-js';
import { describeEntry } from '../../../lib/checklist';
import { checklistSlot } from '../../../lib/storage/slots/checklist';
import { createPersisted } from '../../../client/persisted';

export default function KeptChecklistNotes() {
  const { value: state } = createPersisted(checklistSlot);
  return (
    <Show when={state().kept.length > 0}>
      <section class="ck-kept" aria-labelledby="ck-kept-title">
        <h2 id="ck-kept-title">From checklist items no longer on the list</h2>
        <p>These items were reworded or dropped when the checklist changed. What you ticked and wrote is kept here.</p>
        <ul>
          <For each={state().kept}>
            {(k) => (
              <li>
                <span class="ck-kept-text">{k.text}</span>{' '}
                <span class="muted">({describeEntry({}, k) || (k.done ? 'ticked' : 'not ticked')})</span>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
