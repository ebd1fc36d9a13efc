// A lesson's knowledge check. The page holds only its heading and pass mark (LessonExtras.astro);
// when the reader nears it, lesson-islands.tsx fetches the questions with their answers (quiz.json)
// and renders this with them, so the questions are sent once, not also in every lesson's HTML.
// Every step is a pure function in src/lib/check.ts; this file renders that state and wires events.
import { For, Show, createSignal } from 'solid-js';
import {
  answer,
  check,
  isChecked,
  isFinished,
  result,
  resultWords,
  retryCheck,
  startCheck,
  verdict,
  type CheckData,
  type CheckState,
  recordAttempt,
} from '../../lib/knowledge-check';
import { knowledgeCheckSlot } from '../../lib/storage/slots/knowledge-checks';
import { longDate } from '../../lib/dates';
import CheckReview from './parts/CheckReview';
import CheckVerdict from './parts/CheckVerdict';
import { createPersisted } from '../../client/persisted';

interface Props {
  lesson: string;
  passMark: number;
  total: number;
  /** The questions with their answers (quiz.json), or null when they could not be fetched. */
  data: CheckData | null;
}

export default function KnowledgeCheck(props: Props) {
  const { value: results, set: setResults } = createPersisted(knowledgeCheckSlot);
  const data = () => props.data;
  const failed = () => !props.data;
  const [state, setState] = createSignal<CheckState>(
    props.data ? startCheck(props.data.questions) : { order: [], options: {}, selected: {}, checked: [] },
  );
  const feedback: Record<string, HTMLDivElement> = {};
  let summary: HTMLHeadingElement | undefined;
  let top: HTMLDivElement | undefined;

  const question = (id: string) => data()?.questions.find((q) => q.id === id);
  const saved = () => results()[props.lesson];
  const finished = () => (data() ? isFinished(state()) : false);
  const outcome = () => {
    const d = data();
    return d ? result(state(), d.questions, props.passMark) : null;
  };
  const section = (slug: string) => <a href={`#${slug}`}>{data()?.sections[slug] ?? 'the lesson section'}</a>;

  function onCheck(id: string) {
    const d = data();
    if (!d) return;
    const next = check(state(), id);
    setState(next);
    if (isFinished(next)) {
      const r = result(next, d.questions, props.passMark);
      setResults((all) =>
        recordAttempt(all, props.lesson, { score: r.score, total: r.total, passMark: props.passMark, answers: next.selected }),
      );
      // Missed questions come back on the plan page after 1, 3 and 7 days (spaced review); the
      // code that saves them loads only now.
      const missed = d.questions.filter((q) => q.options[next.selected[q.id] ?? -1]?.correct !== true).map((q) => q.id);
      if (missed.length) void import('../../client/record-missed').then((m) => m.recordMissed(props.lesson, missed));
      // The lesson lists' ★ come from the progress script; tell it.
      dispatchEvent(new Event('managing-up:saved'));
      queueMicrotask(() => summary?.focus());
    } else queueMicrotask(() => feedback[id]?.focus());
  }

  function retry() {
    const d = data();
    if (!d) return;
    setState(retryCheck(d.questions));
    queueMicrotask(() => top?.focus());
  }

  return (
    <div class="kc">
      <p class="kc-intro">
        {props.total} questions. Pass mark: {props.passMark} of {props.total}.{' '}
        {/* Always one line, so a saved score arriving after hydration moves nothing. */}
        <span class="kc-saved">
          <Show when={saved()} fallback="Not taken yet in this browser.">
            {(s) => (
              <>
                Your best so far: {s().best} of {s().total}
                {s().passed ? ' (passed)' : ''}. Last try: {s().last.score} of {s().last.total} on {longDate(s().last.date)}.
              </>
            )}
          </Show>
        </span>
      </p>
      <Show when={failed()}>
        <p class="notice" role="alert">
          This check's questions didn't load (it needs a connection the first time), so it can't be taken right now. Reload the
          page to try again.
        </p>
      </Show>
      <div tabindex="-1" ref={top} class="visually-hidden">
        Questions
      </div>
      <Show when={data()}>
        <ol class="kc-questions">
          <For each={state().order}>
            {(id, qi) => (
              <Show when={question(id)}>
                {(q) => (
                  <li>
                    <fieldset>
                      <legend>
                        <span class="kc-num">
                          Question {qi() + 1} of {state().order.length}
                        </span>{' '}
                        {q().prompt}
                      </legend>
                      <div class="kc-options">
                        <For each={state().options[id]}>
                          {(i) => (
                            <label
                              class="kc-option"
                              classList={{
                                right: isChecked(state(), id) && q().options[i]?.correct,
                                wrong: isChecked(state(), id) && state().selected[id] === i && !q().options[i]?.correct,
                                // Once checked, only the chosen and the best option stay; the others are in "Why…".
                                other: isChecked(state(), id) && state().selected[id] !== i && !q().options[i]?.correct,
                              }}
                            >
                              <input
                                type="radio"
                                name={`${props.lesson}--${id}`}
                                value={i}
                                checked={state().selected[id] === i}
                                disabled={isChecked(state(), id)}
                                onChange={() => setState((s) => answer(s, id, i))}
                              />
                              <span>
                                {q().options[i]?.text}
                                {/* Told in words, inside the label, so the radio's name says it too. */}
                                <Show when={isChecked(state(), id) && state().selected[id] === i}>
                                  <span class="kc-tag"> Your answer</span>
                                </Show>
                                <Show when={isChecked(state(), id) && q().options[i]?.correct}>
                                  <span class="kc-tag kc-tag-right"> Correct answer</span>
                                </Show>
                              </span>
                            </label>
                          )}
                        </For>
                      </div>
                      <Show when={!isChecked(state(), id)}>
                        <button
                          type="button"
                          class="secondary"
                          disabled={state().selected[id] === undefined}
                          onClick={() => onCheck(id)}
                        >
                          Check answer
                        </button>
                      </Show>
                      <div class="kc-feedback" role="status" tabindex="-1" ref={(el) => (feedback[id] = el)}>
                        <Show when={verdict(state(), q())}>{(v) => <CheckVerdict verdict={v()} section={section} />}</Show>
                      </div>
                    </fieldset>
                  </li>
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>
      <Show when={finished() && outcome()}>
        {(r) => {
          const words = () => resultWords(r(), props.passMark);
          return (
            <section class="kc-results" classList={{ passed: r().passed }} aria-labelledby={`${props.lesson}-kc-result`}>
              {/* The score at a glance; the heading says the same in words for screen readers. */}
              <p class="kc-score" aria-hidden="true">
                <span class="kc-score-n">{r().score}</span> of {r().total}
                <span class="kc-badge">{r().passed ? 'Passed' : 'Not yet'}</span>
              </p>
              <h3 id={`${props.lesson}-kc-result`} tabindex="-1" ref={summary}>
                {words().heading}
              </h3>
              <p>{words().text}</p>
              <Show when={r().reread.length > 0}>
                <ul class="kc-reread">
                  <For each={r().reread}>{(slug) => <li>{section(slug)}</li>}</For>
                </ul>
              </Show>
              <CheckReview
                order={state().order}
                verdictOf={(id) => {
                  const q = question(id);
                  return q ? verdict(state(), q) : null;
                }}
                promptOf={(id) => question(id)?.prompt ?? ''}
              />
              <button type="button" onClick={retry}>
                Try again, reshuffled
              </button>
            </section>
          );
        }}
      </Show>
    </div>
  );
}
