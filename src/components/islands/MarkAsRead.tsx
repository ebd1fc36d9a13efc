// "Mark as read" for a lesson. It also marks the lesson read, quietly, once the reader has stayed at
// the end of the text for a moment; a reader who unmarks it is not overruled on the same visit.
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { progressSlot } from '../../lib/slots';
import { usePersisted } from './persisted';

const DWELL_MS = 1500;

export default function MarkAsRead(props: { slug: string }) {
  const [progress, setProgress] = usePersisted(progressSlot);
  const [auto, setAuto] = createSignal(false);
  let userChose = false;
  let box: HTMLDivElement | undefined;
  const readOn = () => progress().read[props.slug];

  const mark = (read: boolean) =>
    setProgress((p) => {
      const next = { ...p.read };
      if (read) next[props.slug] = new Date().toISOString();
      else delete next[props.slug];
      return { read: next };
    });

  onMount(() => {
    if (!box || typeof IntersectionObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const io = new IntersectionObserver(([e]) => {
      clearTimeout(timer);
      if (e?.isIntersecting && !userChose && !readOn()) {
        timer = setTimeout(() => {
          if (!userChose && !readOn()) {
            mark(true);
            setAuto(true);
          }
        }, DWELL_MS);
      }
    });
    io.observe(box);
    onCleanup(() => {
      clearTimeout(timer);
      io.disconnect();
    });
  });

  return (
    <div class="read-box" ref={box}>
      <p class="read-status" aria-live="polite">
        <Show when={readOn()} fallback="You have not marked this lesson as read yet.">
          ✓ {auto() ? 'Marked as read, since you reached the end.' : 'You have read this lesson.'}
        </Show>
      </p>
      <button
        type="button"
        class={readOn() ? 'secondary' : ''}
        onClick={() => {
          userChose = true;
          setAuto(false);
          mark(!readOn());
        }}
      >
        {readOn() ? 'Mark as unread' : 'Mark as read'}
      </button>
    </div>
  );
}
