// Tells the reader, in plain words, when their browser storage fails or held unreadable data.
// Tool islands (worksheet, My data) render it themselves, so the problem is told by the island that
// met it; an unreadable value that could not be kept aside can be downloaded from here.
import { href } from '../../lib/base';
import { For, Show } from 'solid-js';
import { describeProblem } from '../../lib/problems';
import { download } from '../../client/download';
import { createStorageProblems } from '../../client/persisted';

export default function StorageNotice() {
  const problems = createStorageProblems();
  return (
    <div role="status" aria-live="polite" class="storage-notice">
      <Show when={problems().length > 0}>
        <div class="notice">
          <For each={problems()}>
            {(p) => (
              <p>
                {describeProblem(p)}{' '}
                <Show when={p.raw}>
                  {(raw) => (
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => download(`managing-up-${p.slot ?? 'data'}-unreadable.txt`, raw(), 'text/plain')}
                    >
                      Download the unreadable copy
                    </button>
                  )}
                </Show>
              </p>
            )}
          </For>
          <Show when={problems().some((p) => p.asideKey)}>
            <p>
              <a href={href('/my-data/')}>Open My data</a>
            </p>
          </Show>
        </div>
      </Show>
    </div>
  );
}
