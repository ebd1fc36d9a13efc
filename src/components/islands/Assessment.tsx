// The "How well do you manage up?" self-assessment. Answers save as the reader goes; a finished
// attempt is kept with its statement set and score. Scoring, history and comparison live in
// src/lib/assessment.ts: this island renders what it returns and wires the events.
import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import {
  attemptLine,
  compareAnswers,
  finishAttempt,
  questionsNote,
  rateStatement,
  readHistory,
  unanswered,
  type AttemptView,
  type Questionnaire,
  type Statement,
} from '../../lib/assessment';
import { assessmentSlot } from '../../lib/storage/slots/assessment';
import AssessmentChange from './parts/AssessmentChange';
import ResultChart from './parts/ResultChart';
import StatementScale from './parts/StatementScale';
import Unanswered from './parts/Unanswered';
import WorkOnThese from './parts/WorkOnThese';
import { longDate } from '../../lib/dates';
import { createPersisted } from '../../client/persisted';
import { keepFocusClear } from '../../client/keep-focus-clear';

interface Props {
  questionnaire: Questionnaire;
  /** Lesson slug -> title, for "read next" links. */
  lessonTitles: Record<string, string>;
}

export default function Assessment(props: Props) {
  const q = () => props.questionnaire;
  const { value: state, set: setState, mounted } = createPersisted(assessmentSlot);
  const [view, setView] = createSignal<'questions' | 'results'>('questions');
  const [missing, setMissing] = createSignal<Statement[]>([]);
  let resultsHeading: HTMLHeadingElement | undefined;
  let missingBox: HTMLDivElement | undefined;

  const history = createMemo(() => readHistory(q(), state()));
  const latest = () => history().attempts[history().latest];
  const previous = () => history().attempts[history().previous];

  // After mount: a reader who finished before and has not started again sees their last result.
  onMount(() => {
    if (Object.keys(state().draft).length === 0 && history().latest >= 0) setView('results');
  });

  const answered = () => q().statements.length - unanswered(q().statements, state().draft).length;
  const comparison = createMemo(() => {
    const now = latest();
    const then = previous();
    return now && then ? compareAnswers(q(), now.attempt.answers, then.attempt.answers) : null;
  });

  const rate = (id: string, rating: number) => {
    setState((s) => rateStatement(s, id, rating));
    if (missing().length) setMissing(unanswered(q().statements, { ...state().draft, [id]: rating }));
  };

  function finish() {
    const gaps = unanswered(q().statements, state().draft);
    setMissing(gaps);
    if (gaps.length) {
      // Scroll the alert to just below the sticky progress bar (its scroll-margin), then focus it.
      queueMicrotask(() => {
        missingBox?.scrollIntoView({ block: 'start' });
        missingBox?.focus({ preventScroll: true });
      });
      return;
    }
    setState((s) => finishAttempt(q(), s));
    setView('results');
    queueMicrotask(() => {
      window.scrollTo({ top: 0 });
      resultsHeading?.focus();
    });
  }

  function retake() {
    setMissing([]);
    setView('questions');
    queueMicrotask(() => document.getElementById(`st-${q().statements[0]!.id}`)?.focus());
  }

  return (
    <div class="assessment">
      <Show when={view() === 'questions'}>
        <Show when={mounted() && questionsNote(history())}>
          {(note) => (
            <p class="as-note" role="status">
              {note()}
            </p>
          )}
        </Show>
        <p class="as-progress" aria-live="polite" ref={(el) => onMount(() => keepFocusClear(el, 'top'))}>
          <strong>
            {answered()} of {q().statements.length} answered.
          </strong>{' '}
          <Show when={mounted() && answered() > 0}>
            <span class="as-saved">Saved as you go.</span>
          </Show>
        </p>
        <For each={q().dimensions}>
          {(d, di) => (
            <section class="as-dimension draw-near" aria-labelledby={`dim-${d.id}`}>
              <h2 id={`dim-${d.id}`}>
                {di() + 1}. {d.title}
              </h2>
              <For each={q().statements.filter((s) => s.dimension === d.id)}>
                {(s) => (
                  <StatementScale
                    statement={s}
                    rating={state().draft[s.id]}
                    missing={missing().some((m) => m.id === s.id)}
                    disabled={!mounted()}
                    onRate={(rating) => rate(s.id, rating)}
                  />
                )}
              </For>
            </section>
          )}
        </For>
        <div class="as-finish">
          <Unanswered ref={(el) => (missingBox = el)} statements={missing()} />
          <button type="button" disabled={!mounted()} onClick={finish}>
            See my results
          </button>
          <Show when={latest()}>
            <button type="button" class="secondary" onClick={() => setView('results')}>
              Back to my last result
            </button>
          </Show>
        </div>
      </Show>

      <Show when={view() === 'results' && latest()}>
        {(entry) => {
          // `latest` only ever points at a scored attempt.
          const v = () => entry().view as Extract<AttemptView, { kind: 'scored' }>;
          const result = () => {
            const x = v();
            return x.current ? x.result : null;
          };
          return (
            <section class="as-results" aria-labelledby="as-result-title">
              <h2 id="as-result-title" tabindex="-1" ref={resultsHeading}>
                <Show
                  when={v().score.overall !== null}
                  fallback="Your result: too few statements applied to give an overall score"
                >
                  Your result: <span class="as-score">{v().score.overall}</span> out of 100
                  {v().band ? `, ${v().band!.title.toLowerCase()}` : ''}
                </Show>
              </h2>
              <p class="muted">
                Completed on {longDate(entry().attempt.date)}
                {state().attempts.length > 1 ? ` · attempt ${history().latest + 1} of ${state().attempts.length}` : ''}.
                <Show when={!v().current}> Answered to an earlier set of statements; it keeps the score it had then.</Show>
              </p>
              <Show when={v().band}>
                {(band) => (
                  <div class="as-band">
                    <p class="as-band-title">{band().title}</p>
                    <p>{band().description}</p>
                  </div>
                )}
              </Show>
              <h3>Your score in each area</h3>
              <ResultChart dimensions={q().dimensions} areas={v().score.areas} applied={result()?.areas} />
              <Show when={comparison()}>
                {(c) => (
                  <AssessmentChange
                    dimensions={q().dimensions}
                    total={q().statements.length}
                    since={previous()!.attempt.date}
                    change={c()}
                  />
                )}
              </Show>
              <h3>Work on these</h3>
              <WorkOnThese
                questionnaire={q()}
                answers={entry().attempt.answers}
                current={v().current}
                lessonTitles={props.lessonTitles}
              />
              <Show when={state().attempts.length > 1}>
                <h3>Your attempts</h3>
                <ol class="as-history">
                  <For each={history().attempts}>{(a) => <li>{`${longDate(a.attempt.date)}: ${attemptLine(a.view)}`}</li>}</For>
                </ol>
              </Show>
              <div class="cluster no-print">
                <button type="button" onClick={retake}>
                  Retake the assessment
                </button>
                <button type="button" class="secondary" onClick={() => window.print()}>
                  Print my result
                </button>
              </div>
            </section>
          );
        }}
      </Show>
    </div>
  );
}
