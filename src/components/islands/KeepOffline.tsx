// "Keep the whole guide for offline use" on My data: a first visit keeps only the lessons, so a
// reader who wants every tool, search and print page with no network asks the offline worker
// (src/client/offline-worker.ts) for all of it here, knowing its size first. The worker does the
// work; this renders the button and says how it is going.
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { sizeInWords, type KeepAllProgress, type WorkerRequest } from '../../lib/offline';

export default function KeepOffline(props: { bytes: string }) {
  const bytes = Number(props.bytes);
  const size = Number.isFinite(bytes) && bytes > 0 ? sizeInWords(bytes) : '';
  const [able, setAble] = createSignal<boolean | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');

  onMount(() => {
    const sw = navigator.serviceWorker;
    setAble(!!sw);
    if (!sw) return;
    const onMessage = (e: MessageEvent) => {
      const m = e.data as KeepAllProgress | null;
      if (m?.type === 'keep-all-progress') setStatus(`Saving for offline use: ${m.done} of ${m.total} files…`);
      else if (m?.type === 'keep-all-done') {
        setBusy(false);
        setStatus('Done: the whole guide now works with no connection on this device.');
      } else if (m?.type === 'keep-all-failed') {
        setBusy(false);
        setStatus(
          `${m.failed} of ${m.total} files could not be saved, so some pages may not open offline. Check your connection and try again.`,
        );
      }
    };
    sw.addEventListener('message', onMessage);
    onCleanup(() => sw.removeEventListener('message', onMessage));
  });

  async function keepAll() {
    setBusy(true);
    setStatus('Getting ready…');
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage({ type: 'keep-all' } satisfies WorkerRequest);
  }

  return (
    <section aria-labelledby="ko-title" class="keep-offline">
      <h2 id="ko-title">Keep the whole guide for offline use</h2>
      <p>
        Every lesson is saved for reading offline when you first visit one, and each page you open is kept as you go. To have
        everything ready before you lose signal, tools, search and print pages included, keep the whole guide
        {size ? ` (about ${size} to download)` : ''}.
      </p>
      <Show
        when={able()}
        fallback={
          <p class="muted">
            {able() === false
              ? "This browser can't keep pages for offline use."
              : 'Keeping the whole guide needs JavaScript, which is off or still loading.'}
          </p>
        }
      >
        <button type="button" class="secondary" onClick={() => void keepAll()} disabled={busy()}>
          Keep the whole guide{size ? ` (${size})` : ''}
        </button>
      </Show>
      <p role="status" aria-live="polite" class="keep-offline-status">
        {status()}
      </p>
    </section>
  );
}
