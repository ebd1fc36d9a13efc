// The self-assessment's "Work on these": the statements an attempt answered furthest from the best
// answer, each with the lesson section that teaches it.
import { For, Show } from 'solid-js';
import { answerLabel, lessonOf as lessonFor, workOnThese, type Questionnaire, type Statement } from '../../../lib/assessment';
import type { Ratings } from '../../../lib/storage/slots/assessment';
import { lessonHref } from '../../../lib/links';

export default function WorkOnThese(props: {
  questionnaire: Questionnaire;
  answers: Ratings;
  /** Answered to the current statements (an earlier set has no advice to give). */
  current: boolean;
  /** Lesson slug -> title, for "read next" links. */
  lessonTitles: Record<string, string>;
}) {
  const lessonOf = (s: Statement) => lessonFor(s, props.questionnaire.dimensions);
  return (
    <Show
      when={props.current}
      fallback={<p>This attempt was answered to statements that have since changed. Retake it to see what to work on.</p>}
    >
      <Show
        when={workOnThese(props.questionnaire.statements, props.answers).length > 0}
        fallback={<p>You gave the best answer to every statement that applied. Keep those habits going.</p>}
      >
        <ol class="as-work">
          <For each={workOnThese(props.questionnaire.statements, props.answers)}>
            {(w) => (
              <li>
                <p>
                  <strong>{w.statement.text}</strong> You answered: {answerLabel(w.statement, w.rating).toLowerCase()}.
                </p>
                <p>
                  Read:{' '}
                  <a href={lessonHref(lessonOf(w.statement), w.statement.section)}>
                    {props.lessonTitles[lessonOf(w.statement)] ?? 'the lesson'}
                  </a>
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </Show>
  );
}
