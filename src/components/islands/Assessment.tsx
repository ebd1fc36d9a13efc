// The "How well do you manage up?" self-assessment. Answers save as the reader goes; a finished
// attempt is kept with its statement set and score. Scoring, history and comparison live in
// src/lib/assessment.ts: this island renders what it returns and wires the events.
import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import {
  NOT_APPLICABLE,
  NOT_APPLICABLE_LABEL,
  SCALES,
  answerLabel,
  compareAnswers,
  formatChange,
  makeAttempt,
  readHistory,
  unanswered,
  workOnThese,
  type AttemptView,
  type Questionnaire,
  type Statement,
} from '../../lib/assessment';
import { assessmentSlot } from '../../lib/slots';
import ResultChart from './parts/ResultChart';
import { longDate } from '../../lib/dates';
import { usePersisted } from './persisted';
import { lessonHref } from '../../lib/links';

interface Props {
  questionnaire: Questionnaire;
  /** Lesson slug -> title, for "read next" links. */
  lessonTitles: Record<string, string>;
}

export default function Assessment(props: Props) {
  const q = () => props.questionnaire;
  const [state, setState, mounted] = usePersisted(assessmentSlot);
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
  const lessonOf = (s: Statement) => q().dimensions.find((d) => d.id === s.dimension)!.lesson;

  const rate = (id: string, rating: number) => {
    setState((s) => ({ ...s, draft: { ...s.draft, [id]: rating } }));
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
    setState((s) => ({ draft: {}, attempts: [...s.attempts, makeAttempt(q(), s.draft)] }));
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

  // Soft hyphens let the longest words break cleanly in a 320 px row instead of at any letter.
  const breakable = (label: string) => label.replace(/^Some(times)$/, 'Some\u00AD$1').replace(/^Dis(agree)/, 'Dis\u00AD$1');
  const options = (s: Statement) => SCALES[s.scale].map((label, i) => ({ label: breakable(label), value: i + 1 }));

  return (
    <div class="assessment">
      <Show when={view() === 'questions'}>
        <Show when={mounted() && history().latest < 0 && state().attempts.length > 0}>
          <p class="as-note" role="status">
            Your saved attempt is incomplete, so it has no score. Answer every statement below and choose "See my results".
          </p>
        </Show>
        <p class="as-progress" aria-live="polite">
          <strong>
            {answered()} of {q().statements.length} answered.
          </strong>{' '}
          <Show when={mounted() && answered() > 0}>
            <span class="as-saved">Saved as you go.</span>
          </Show>
        </p>
        <For each={q().dimensions}>
          {(d, di) => (
            <section class="as-dimension" aria-labelledby={`dim-${d.id}`}>
              <h2 id={`dim-${d.id}`}>
                {di() + 1}. {d.title}
              </h2>
              <For each={q().statements.filter((s) => s.dimension === d.id)}>
                {(s) => (
                  <fieldset
                    class="as-statement"
                    id={`st-${s.id}`}
                    tabindex="-1"
                    classList={{ missing: missing().some((m) => m.id === s.id), agreement: s.scale === 'agreement' }}
                  >
                    <legend>{s.text}</legend>
                    <div class="scale">
                      <For each={options(s)}>
                        {(o) => (
                          <label class="scale-option">
                            <input
                              type="radio"
                              name={`rate-${s.id}`}
                              value={o.value}
                              checked={state().draft[s.id] === o.value}
                              disabled={!mounted()}
                              onChange={() => rate(s.id, o.value)}
                            />
                            <span>{o.label}</span>
                          </label>
                        )}
                      </For>
                    </div>
                    <Show when={s.canSkip}>
                      <label class="scale-skip">
                        <input
                          type="radio"
                          name={`rate-${s.id}`}
                          value={NOT_APPLICABLE}
                          checked={state().draft[s.id] === NOT_APPLICABLE}
                          disabled={!mounted()}
                          onChange={() => rate(s.id, NOT_APPLICABLE)}
                        />
                        <span>{NOT_APPLICABLE_LABEL}</span>
                      </label>
                    </Show>
                    <Show when={missing().some((m) => m.id === s.id)}>
                      <p class="as-missing-note">Not answered yet.</p>
                    </Show>
                  </fieldset>
                )}
              </For>
            </section>
          )}
        </For>
        <div class="as-finish">
          <div ref={missingBox} tabindex="-1" role="alert" class="as-missing">
            <Show when={missing().length > 0}>
              <p>
                <strong>
                  {missing().length} {missing().length === 1 ? 'statement is' : 'statements are'} not answered yet.
                </strong>{' '}
                Your result would be wrong without them, so nothing has been scored. Go to:
              </p>
              <ul>
                <For each={missing()}>
                  {(m) => (
                    <li>
                      <a href={`#st-${m.id}`}>{m.text}</a>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
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
                  <div class="as-compare">
                    <h3>Change since {longDate(previous()!.attempt.date)}</h3>
                    <p class="muted">
                      Only statements both attempts rated are compared ({c().shared} of {q().statements.length}); an area with
                      fewer than half of them shared is left out.
                    </p>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Area</th>
                          <th scope="col">Then</th>
                          <th scope="col">Now</th>
                          <th scope="col">Change</th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={q().dimensions}>
                          {(d) => (
                            <tr>
                              <th scope="row">{d.title}</th>
                              <Show
                                when={c().areas[d.id]}
                                fallback={
                                  <td colspan="3" class="muted">
                                    Not comparable
                                  </td>
                                }
                              >
                                {(a) => (
                                  <>
                                    <td>{a().then}</td>
                                    <td>{a().now}</td>
                                    <td>{formatChange(a().now - a().then)}</td>
                                  </>
                                )}
                              </Show>
                            </tr>
                          )}
                        </For>
                        <Show when={c().overall}>
                          {(o) => (
                            <tr>
                              <th scope="row">Overall (comparable areas)</th>
                              <td>{o().then}</td>
                              <td>{o().now}</td>
                              <td>{formatChange(o().now - o().then)}</td>
                            </tr>
                          )}
                        </Show>
                      </tbody>
                    </table>
                  </div>
                )}
              </Show>
              <h3>Work on these</h3>
              <Show
                when={v().current}
                fallback={
                  <p>This attempt was answered to statements that have since changed. Retake it to see what to work on.</p>
                }
              >
                <Show
                  when={workOnThese(q().statements, entry().attempt.answers).length > 0}
                  fallback={<p>You gave the best answer to every statement that applied. Keep those habits going.</p>}
                >
                  <ol class="as-work">
                    <For each={workOnThese(q().statements, entry().attempt.answers)}>
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
              <Show when={state().attempts.length > 1}>
                <h3>Your attempts</h3>
                <ol class="as-history">
                  <For each={history().attempts}>
                    {(a) => (
                      <li>
                        {longDate(a.attempt.date)}:{' '}
                        {a.view.kind === 'scored'
                          ? a.view.score.overall === null
                            ? 'too few statements applied to score'
                            : `${a.view.score.overall} out of 100${a.view.current ? '' : ' (earlier set of statements)'}`
                          : a.view.kind === 'incomplete'
                            ? `incomplete (${a.view.missing} ${a.view.missing === 1 ? 'answer' : 'answers'} missing), not scored`
                            : 'incomplete: answered to statements this version of the site does not know, not scored'}
                      </li>
                    )}
                  </For>
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
