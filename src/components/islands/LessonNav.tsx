// The lesson list (sidebar, or menu on narrow screens). Rendered on the server as plain links;
// once hydrated it marks the lessons the reader has read (✓) and the knowledge checks they passed (★).
import { For, Show } from 'solid-js';
import type { LessonSummary } from '../../lib/lessons';
import { progressSlot, quizSlot } from '../../lib/slots';
import { usePersisted } from './persisted';

interface Props {
  /** Description and minutes are needed only for the detailed learning path. */
  lessons: (Pick<LessonSummary, 'slug' | 'title' | 'order'> & Partial<LessonSummary>)[];
  current?: string;
  /** The home page's learning path: adds each lesson's summary and reading time. */
  detailed?: boolean;
}

export default function LessonNav(props: Props) {
  const [progress] = usePersisted(progressSlot);
  const [quizzes] = usePersisted(quizSlot);
  return (
    <ol class={props.detailed ? 'lesson-list path' : 'lesson-list'}>
      <For each={props.lessons}>
        {(lesson) => {
          const read = () => lesson.slug in progress().read;
          const passed = () => quizzes()[lesson.slug]?.passed === true;
          return (
            <li classList={{ current: lesson.slug === props.current, read: read() }}>
              <a href={`/lessons/${lesson.slug}/`} aria-current={lesson.slug === props.current ? 'page' : undefined}>
                <span class="num" aria-hidden="true">
                  {lesson.order}
                </span>
                <span class="name">
                  {lesson.title}
                  <Show when={read()}>
                    <span class="visually-hidden">. Read</span>
                  </Show>
                  <Show when={passed()}>
                    <span class="visually-hidden">. Check passed</span>
                  </Show>
                </span>
                {/* A fixed-width column, so marks arriving after hydration move nothing. */}
                <span class="marks" aria-hidden="true">
                  <span title="Read">{read() ? '✓' : ''}</span>
                  <span title="Knowledge check passed">{passed() ? '★' : ''}</span>
                </span>
              </a>
              <Show when={props.detailed}>
                <p class="path-desc">
                  {lesson.description} <span class="path-time">{lesson.minutes} min read</span>
                </p>
              </Show>
            </li>
          );
        }}
      </For>
    </ol>
  );
}
