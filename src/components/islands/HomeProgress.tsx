// The home page's "your progress" panel: lessons read, checks passed, checklist ticked, and a link
// to continue with the next unread lesson. The server renders the first-visit state.
import { Show } from 'solid-js';
import { nextUnread, type LessonSummary } from '../../lib/lessons';
import { checklistSlot, progressSlot, quizSlot } from '../../lib/slots';
import Meter from './parts/Meter';
import { usePersisted } from './persisted';

interface Props {
  lessons: LessonSummary[];
  checklistTotal: number;
}

export default function HomeProgress(props: Props) {
  const [progress] = usePersisted(progressSlot);
  const [quizzes] = usePersisted(quizSlot);
  const [checklist] = usePersisted(checklistSlot);
  const readCount = () => props.lessons.filter((l) => l.slug in progress().read).length;
  const passed = () => props.lessons.filter((l) => quizzes()[l.slug]?.passed).length;
  const ticked = () => Object.values(checklist().items).filter((i) => i.done).length;
  const next = () => nextUnread(props.lessons, progress().read);
  const pct = () => Math.round((readCount() / props.lessons.length) * 100);
  return (
    <div class="home-progress">
      <Meter label="Lessons read" tally={{ done: readCount(), total: props.lessons.length, percent: pct() }} />
      <p class="home-stats">
        {passed()} of {props.lessons.length} knowledge checks passed · {Math.min(ticked(), props.checklistTotal)} of{' '}
        {props.checklistTotal} checklist items ticked
      </p>
      <Show
        when={next()}
        fallback={
          <p class="continue">
            <strong>You have read every lesson.</strong> <a href="/assessment/">Take the self-assessment</a> to see where to focus
            next.
          </p>
        }
      >
        {(l) => (
          <p class="continue">
            <a class="button" href={`/lessons/${l().slug}/`}>
              {readCount() === 0 ? 'Start' : 'Continue'} with lesson {l().order}: {l().title}
            </a>
          </p>
        )}
      </Show>
    </div>
  );
}
