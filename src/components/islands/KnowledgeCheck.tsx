// A lesson's knowledge check: answer, check, read why each option is right or wrong, see the score,
// try again with the questions reshuffled. The page carries only the questions; the answer key
// (/lessons/<slug>/quiz.json) is fetched when the island hydrates. Scoring lives in src/lib/quiz.ts.
import { For, Show, batch, createSignal, onMount } from 'solid-js';
import {
  correctIndex,
  inOrder,
  recordAttempt,
  reshuffled,
  score,
  withKey,
  type AnswerKey,
  type PublicQuestion,
  type QuizQuestion,
  type ShownQuestion,
} from '../../lib/quiz';
import { quizSlot } from '../../lib/slots';
import { longDate } from '../../lib/dates';
import { usePersisted } from './persisted';

interface Props {
  lesson: string;
  passMark: number;
  questions: PublicQuestion[];
}

export default function KnowledgeCheck(props: Props) {
  const total = props.questions.length;
  const [results, setResults] = usePersisted(quizSlot);
  const [key, setKey] = createSignal<{ questions: QuizQuestion[]; sections: AnswerKey['sections'] } | null>(null);
  const [keyError, setKeyError] = createSignal(false);
  const [shown, setShown] = createSignal<ShownQuestion<PublicQuestion>[]>(inOrder(props.questions));
  const [selected, setSelected] = createSignal<Record<string, number>>({});
  const [checked, setChecked] = createSignal<Record<string, boolean>>({});
  const [finalScore, setFinalScore] = createSignal<number | null>(null);
  const feedbackRefs: Record<string, HTMLDivElement> = {};
  let resultsHeading: HTMLHeadingElement | undefined;
  let start: HTMLDivElement | undefined;

  onMount(async () => {
    try {
      const res = await fetch(`/lessons/${props.lesson}/quiz.json`);
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as AnswerKey;
      setKey({ questions: withKey(props.questions, data), sections: data.sections });
    } catch {
      setKeyError(true);
    }
  });

  const full = (id: string) => key()?.questions.find((q) => q.id === id);
  const saved = () => results()[props.lesson];
  const isRight = (id: string) => {
    const q = full(id);
    return !!q && selected()[id] === correctIndex(q);
  };
  const chosen = (id: string) => full(id)?.options[selected()[id] ?? -1];

  function check(id: string) {
    const k = key();
    if (!k) return;
    setChecked((c) => ({ ...c, [id]: true }));
    if (props.questions.every((x) => checked()[x.id])) {
      const s = score(k.questions, selected());
      setFinalScore(s);
      setResults((r) => recordAttempt(r, props.lesson, { score: s, total, passMark: props.passMark, answers: selected() }));
      queueMicrotask(() => resultsHeading?.focus());
    } else {
      queueMicrotask(() => feedbackRefs[id]?.focus());
    }
  }

  function tryAgain() {
    batch(() => {
      setFinalScore(null);
      setChecked({});
      setSelected({});
      setShown(reshuffled(props.questions));
    });
    queueMicrotask(() => start?.focus());
  }

  const sectionLink = (slug: string) => <a href={`#${slug}`}>{key()?.sections[slug] ?? 'the lesson section'}</a>;

  return (
    <div class="kc">
      <p class="kc-intro">
        {total} scenario questions. Pass mark: {props.passMark} of {total}.{' '}
        {/* Always one line, so a saved score arriving after hydration moves nothing. */}
        <span class="kc-saved">
          <Show when={saved()} fallback="Not taken yet in this browser.">
            {(s) => (
              <>
                Your best so far: {s().best} of {s().total}
                {s().passed ? ' (passed)' : ''}. Last attempt: {s().last.score} of {s().last.total} on {longDate(s().last.date)}.
              </>
            )}
          </Show>
        </span>
      </p>
      <Show when={keyError()}>
        <p class="notice" role="alert">
          The answers for this check could not be loaded, so answers cannot be checked right now. Reload the page to try again.
        </p>
      </Show>
      <div tabindex="-1" ref={start} class="visually-hidden">
        Questions
      </div>
      <ol class="kc-questions">
        <For each={shown()}>
          {(sq, qi) => {
            const q = sq.question;
            return (
              <li>
                <fieldset>
                  <legend>
                    <span class="kc-num">
                      Question {qi() + 1} of {total}
                    </span>{' '}
                    {q.prompt}
                  </legend>
                  <div class="kc-options">
                    <For each={sq.order}>
                      {(i) => (
                        <label
                          class="kc-option"
                          classList={{
                            right: !!checked()[q.id] && full(q.id)?.options[i]?.correct,
                            wrong: !!checked()[q.id] && selected()[q.id] === i && !full(q.id)?.options[i]?.correct,
                          }}
                        >
                          <input
                            type="radio"
                            name={`${props.lesson}--${q.id}`}
                            value={i}
                            checked={selected()[q.id] === i}
                            disabled={!!checked()[q.id]}
                            onChange={() => setSelected((s) => ({ ...s, [q.id]: i }))}
                          />
                          <span>{q.options[i]}</span>
                        </label>
                      )}
                    </For>
                  </div>
                  <Show when={!checked()[q.id]}>
                    <button
                      type="button"
                      class="secondary"
                      disabled={selected()[q.id] === undefined || !key()}
                      onClick={() => check(q.id)}
                    >
                      Check answer
                    </button>
                  </Show>
                  <div class="kc-feedback" role="status" aria-live="polite" tabindex="-1" ref={(el) => (feedbackRefs[q.id] = el)}>
                    <Show when={checked()[q.id] && full(q.id)}>
                      {(fq) => (
                        <>
                          <p class={isRight(q.id) ? 'verdict right' : 'verdict wrong'}>
                            <strong>{isRight(q.id) ? '✓ Right.' : '✗ Not quite.'}</strong> {chosen(q.id)?.explanation}
                          </p>
                          <details open={!isRight(q.id)}>
                            <summary>Why each option is right or wrong</summary>
                            <ul class="kc-explain">
                              <For each={sq.order}>
                                {(i) => {
                                  const o = fq().options[i]!;
                                  return (
                                    <li>
                                      <strong>{o.correct ? 'Best answer: ' : 'Weaker: '}</strong>“{o.text}” {o.explanation} Read
                                      more: {sectionLink(o.section)}.
                                    </li>
                                  );
                                }}
                              </For>
                            </ul>
                          </details>
                        </>
                      )}
                    </Show>
                  </div>
                </fieldset>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={finalScore() !== null}>
        <section class="kc-results" aria-labelledby={`${props.lesson}-kc-result`}>
          <h3 id={`${props.lesson}-kc-result`} tabindex="-1" ref={resultsHeading}>
            You scored {finalScore()} of {total}:{' '}
            {finalScore()! >= props.passMark ? 'passed' : `not yet (pass mark ${props.passMark})`}
          </h3>
          <ol class="kc-review">
            <For each={shown()}>
              {(sq) => {
                const best = () => full(sq.question.id)!.options.find((o) => o.correct)!;
                return (
                  <li classList={{ right: isRight(sq.question.id), wrong: !isRight(sq.question.id) }}>
                    <p class="kc-review-q">{sq.question.prompt}</p>
                    <p>
                      {isRight(sq.question.id) ? '✓' : '✗'} Your answer: {chosen(sq.question.id)?.text}
                    </p>
                    <Show when={!isRight(sq.question.id)}>
                      <p>
                        Best answer: {best().text} (see {sectionLink(best().section)})
                      </p>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
          <button type="button" onClick={tryAgain}>
            Try again with the questions reshuffled
          </button>
        </section>
      </Show>
    </div>
  );
}
