// My data's list of what is saved, in plain words, with the keys, versions and save times under
// "How it is stored".
import { For, Show } from 'solid-js';
import { dateTime } from '../../../lib/dates';
import type { SavedRow } from '../../../lib/my-data';

export default function SavedList(props: { rows: SavedRow[] }) {
  return (
    <Show
      when={props.rows.length > 0}
      fallback={<p>Nothing yet. As you read lessons, take checks or fill in the worksheet, what you do is saved here.</p>}
    >
      <ul class="md-list">
        <For each={props.rows}>{(r) => <li>{r.sentence}.</li>}</For>
      </ul>
      <details class="md-details">
        <summary>How it is stored</summary>
        <table class="md-table">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Format version</th>
              <th scope="col">Saved</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(r) => (
                <tr>
                  <th scope="row">
                    <code>{r.key}</code>
                  </th>
                  <td>{r.version ?? 'unreadable'}</td>
                  <td>{r.savedAt ? dateTime(r.savedAt) : 'unknown'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </details>
    </Show>
  );
}
