// Tells the reader, in plain words, when their browser storage fails or held unreadable data.
import { For, Show } from 'solid-js';
import { describeProblem } from '../../lib/problems';
import { useStorageProblems } from './persisted';

export default function StorageNotice() {
  const problems = useStorageProblems();
  return (
    <div role="status" aria-live="polite" class="storage-notice wrap">
      <Show when={problems().length > 0}>
        <div class="notice">
          <For each={problems()}>{(p) => <p>{describeProblem(p)}</p>}</For>
          <Show when={problems().some((p) => p.asideKey)}>
            <p>
              <a href="/my-data/">Open My data</a>
            </p>
          </Show>
        </div>
      </Show>
    </div>
  );
}
