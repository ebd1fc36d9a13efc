// The "How well do you manage up?" self-assessment. Answers save as the reader goes; a finished
// attempt is kept with its date, and a retake shows the change since last time. Scoring lives in
// src/lib/assessment.ts.
import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import {
  SCALE,
  changes,
  formatChange,
  scoreAnswers,
  unanswered,
  type Band,
  type Dimension,
  type Result,
  type Statement,
} from '../../lib/assessment';
import { assessmentSlot } from '../../lib/slots';
import ResultChart from './parts/ResultChart';
import { longDate } from '../../lib/dates';
import { usePersisted } from './persisted';
import { lessonHref } from '../../lib/links';

interface Props {
  dimensions: Dimension[];
  statements: Statement[];
  bands: Band[];
  /** Lesson slug -> title, for "read next" links. */
  lessonTitles: Record<string, string>;
}

export default function Assessment(props: Props) {
  const [state, setState, mounted] = usePersisted(assessmentSlot);
  const [view, setView] = createSignal<'questions' | 'results'>('questions');
  const [missing, setMissing] = createSignal<Statement[]>([]);
  let resultsHeading: HTMLHeadingElement | undefined;
  let missingBox: HTMLDivElement | undefined;

  // After mount: a reader who finished before and has not started again sees their last result.
  onMount(() => {
    const s = state();
    if (Object.keys(s.draft).length === 0 && s.attempts.length > 0) setView('results');
  });

  const answered = () => props.statements.length - unanswered(props.statements, state().draft).length;
  const score = (answers: Record<string, number>) => scoreAnswers(props.statements, props.dimensions, props.bands, answers);
  const latest = createMemo<Result | null>(() => {
    const a = state().attempts.at(-1);
    return a ? score(a.answers) : null;
  });
  const previous = createMemo<Result | null>(() => {
    const a = state().attempts.at(-2);
    return a ? score(a.answers) : null;
  });

  const rate = (id: string, rating: number) => {
    setState((s) => ({ ...s, draft: { ...s.draft, [id]: rating } }));
    if (missing().length) setMissing(unanswered(props.statements, { ...state().draft, [id]: rating }));
  };

  function finish() {
    const gaps = unanswered(props.statements, state().draft);
    setMissing(gaps);
    if (gaps.length) {
      queueMicrotask(() => missingBox?.focus());
      return;
    }
    setState((s) => ({ draft: {}, attempts: [...s.attempts, { date: new Date().toISOString(), answers: s.draft }] }));
    setView('results');
    queueMicrotask(() => {
      window.scrollTo({ top: 0 });
      resultsHeading?.focus();
    });
  }

  function retake() {
    setMissing([]);
    setView('questions');
    queueMicrotask(() => document.getElementById(`st-${props.statements[0]!.id}`)?.focus());
  }

  return (
    <div class="assessment">
      <Show when={view() === 'questions'}>
        <p class="as-progress" aria-live="polite">
          <strong>
            {answered()} of {props.statements.length} answered.
          </strong>{' '}
          <Show when={mounted() && answered() > 0}>Your answers are saved as you go, so you can leave and come back.</Show>
        </p>
        <For each={props.dimensions}>
          {(d, di) => (
            <section class="as-dimension" aria-labelledby={`dim-${d.id}`}>
              <h2 id={`dim-${d.id}`}>
                {di() + 1}. {d.title}
              </h2>
              <For each={props.statements.filter((s) => s.dimension === d.id)}>
                {(s) => (
                  <fieldset
                    class="as-statement"
                    id={`st-${s.id}`}
                    tabindex="-1"
                    classList={{ missing: missing().some((m) => m.id === s.id) }}
                  >
                    <legend>{s.text}</legend>
                    <div class="scale">
                      <For each={SCALE}>
                        {(label, i) => (
                          <label class="scale-option">
                            <input
                              type="radio"
                              name={`rate-${s.id}`}
                              value={i() + 1}
                              checked={state().draft[s.id] === i() + 1}
                              onChange={() => rate(s.id, i() + 1)}
                            />
                            <span>{label}</span>
                          </label>
                        )}
                      </For>
                    </div>
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
          <button type="button" onClick={finish}>
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
        {(result) => {
          const attempt = () => state().attempts.at(-1)!;
          return (
            <section class="as-results" aria-labelledby="as-result-title">
              <h2 id="as-result-title" tabindex="-1" ref={resultsHeading}>
                Your result: {result().overall} out of 100, {result().band.title.toLowerCase()}
              </h2>
              <p class="muted">
                Completed on {longDate(attempt().date)}
                {state().attempts.length > 1 ? ` · attempt ${state().attempts.length}` : ''}.
              </p>
              <div class="as-band">
                <p class="as-band-title">{result().band.title}</p>
                <p>{result().band.description}</p>
              </div>
              <h3>Your score in each area</h3>
              <ResultChart dimensions={props.dimensions} result={result()} previous={previous()} />
              <Show when={previous()}>
                {(prev) => (
                  <div class="as-compare">
                    <h3>Change since your last attempt ({longDate(state().attempts.at(-2)!.date)})</h3>
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
                        <For each={props.dimensions}>
                          {(d) => (
                            <tr>
                              <th scope="row">{d.title}</th>
                              <td>{prev().dimensions[d.id]}</td>
                              <td>{result().dimensions[d.id]}</td>
                              <td>{formatChange(changes(result(), prev())[d.id]!)}</td>
                            </tr>
                          )}
                        </For>
                        <tr>
                          <th scope="row">Overall</th>
                          <td>{prev().overall}</td>
                          <td>{result().overall}</td>
                          <td>{formatChange(result().overall - prev().overall)}</td>
                        </tr>
                      </tbody>
                    </table>
                  </div>
                )}
              </Show>
              <h3>Where to focus next</h3>
              <ol class="as-focus">
                <For each={result().weakest}>
                  {(d) => (
                    <li>
                      <p>
                        <strong>{d.title}</strong> ({result().dimensions[d.id]} of 100). {d.summary}
                      </p>
                      <p>
                        Read next: <a href={lessonHref(d.lesson)}>{props.lessonTitles[d.lesson] ?? d.title}</a>
                      </p>
                      <ul>
                        <For each={d.actions}>{(a) => <li>{a}</li>}</For>
                      </ul>
                    </li>
                  )}
                </For>
              </ol>
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
