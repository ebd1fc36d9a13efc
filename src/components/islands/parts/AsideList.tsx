// My data's copies kept aside (unreadable data moved out of the way, never lost), each with a way
// to download or delete it.
import { For } from 'solid-js';
import { dateTime } from '../../../lib/dates';
import type { AsideRow } from '../../../lib/my-data';

export default function AsideList(props: {
  asides: AsideRow[];
  onDownload: (a: AsideRow) => void;
  onDelete: (a: AsideRow) => void;
}) {
  return (
    <ul class="md-asides">
      <For each={props.asides}>
        {(a) => (
          <li>
            <span>
              {a.label.replace(/^./, (c) => c.toUpperCase())}, kept {a.when ? dateTime(a.when) : ''} ({a.size} characters)
            </span>
            <span class="cluster">
              <button type="button" class="secondary" onClick={() => props.onDownload(a)}>
                Download
              </button>
              <button type="button" class="danger" onClick={() => props.onDelete(a)}>
                Delete
              </button>
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}
