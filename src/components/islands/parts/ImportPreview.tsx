// My data's check before an import: what each part of the file would replace, now and after, and
// the buttons to confirm or cancel. Nothing changes until the reader confirms.
import { For } from 'solid-js';
import { dateTime } from '../../../lib/dates';
import { currentSummary, type Totals } from '../../../lib/my-data';
import { ALL_SLOTS } from '../../../lib/storage/registry';
import { summarize } from '../../../lib/summary';
import { pageStorage } from '../../../client/persisted';

const labelOf = (name: string) => (ALL_SLOTS.find((s) => s.name === name)?.label ?? name).replace(/^your /, '');

export default function ImportPreview(props: {
  exportedAt: string;
  slots: Record<string, unknown>;
  totals: Totals;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="panel md-preview">
      <h3>Replace your data with this file?</h3>
      <p>
        The file was exported{props.exportedAt ? ` on ${dateTime(props.exportedAt)}` : ' on a date it does not give'}. Importing
        replaces these parts of what is saved now:
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
          <For each={Object.entries(props.slots)}>
            {([name, data]) => (
              <tr>
                <th scope="row">{labelOf(name)}</th>
                <td>
                  {currentSummary(
                    pageStorage(),
                    ALL_SLOTS.find((s) => s.name === name)!,
                    props.totals,
                  )}
                </td>
                <td>{summarize(name, data, props.totals)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <div class="cluster">
        <button type="button" onClick={() => props.onConfirm()}>
          Replace my data
        </button>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
