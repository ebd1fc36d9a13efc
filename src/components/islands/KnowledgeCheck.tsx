// A lesson's knowledge check: answer, check, read why each option is right or wrong, see the score,
// try again with the questions reshuffled. Scoring and saving live in src/lib/quiz.ts.
import { For, Show, batch, createSignal } from 'solid-js';
import { correctIndex, inOrder, recordAttempt, reshuffled, score, type QuizQuestion, type ShownQuestion } from '../../lib/quiz';
import { quizSlot } from '../../lib/slots';
import { usePersisted } from './persisted';

interface Props {
  lesson: string;
  passMark: number;
  questions: QuizQuestion[];
  /** Heading anchor -> heading text, for "read more" links. */
  sections: Record<string, string>;
}

const dateText = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

export default function KnowledgeCheck(props: Props) {
  const total = props.questions.length;
  const [results, setResults] = usePersisted(quizSlot);
  const [shown, setShown] = createSignal<ShownQuestion[]>(inOrder(props.questions));
  const [selected, setSelected] = createSignal<Record<string, number>>({});
  const [checked, setChecked] = createSignal<Record<string, boolean>>({});
  const [finalScore, setFinalScore] = createSignal<number | null>(null);
  const feedbackRefs: Record<string, HTMLDivElement> = {};
  let resultsHeading: HTMLHeadingElement | undefined;
  let firstLegend: HTMLDivElement | undefined;

  const saved = () => results()[props.lesson];
  const isRight = (q: QuizQuestion) => selected()[q.id] === correctIndex(q);
  const chosen = (q: QuizQuestion) => q.options[selected()[q.id] ?? -1];

  function check(q: QuizQuestion) {
    setChecked((c) => ({ ...c, [q.id]: true }));
    const done = props.questions.every((x) => checked()[x.id]);
    if (done) {
      const s = score(props.questions, selected());
      setFinalScore(s);
      setResults((r) => recordAttempt(r, props.lesson, { score: s, total, passMark: props.passMark, answers: selected() }));
      queueMicrotask(() => resultsHeading?.focus());
    } else {
      queueMicrotask(() => feedbackRefs[q.id]?.focus());
    }
  }

  function tryAgain() {
    batch(() => {
      setFinalScore(null);
      setChecked({});
      setSelected({});
      setShown(reshuffled(props.questions));
    });
    queueMicrotask(() => firstLegend?.focus());
  }

  const sectionLink = (slug: string) => (
    <a href={`#${slug}`}>{props.sections[slug] ?? 'the lesson section'}</a>
  );

  return (
    <div class="kc">
      <p class="kc-intro">
        {total} scenario questions. Pass mark: {props.passMark} of {total}.{' '}
        <Show when={saved()}>
          {(s) => (
            <span class="kc-saved">
              Your best so far: {s().best} of {s().total}{s().passed ? ' (passed)' : ''}. Last attempt: {s().last.score} of {s().last.total} on {dateText(s().last.date)}.
            </span>
          )}
        </Show>
      </p>
      <div tabindex="-1" ref={firstLegend} class="visually-hidden">Questions</div>
      <ol class="kc-questions">
        <For each={shown()}>
          {(sq, qi) => {
            const q = sq.question;
            const name = `${props.lesson}--${q.id}`;
            return (
              <li>
                <fieldset>
                  <legend>
                    <span class="kc-num">Question {qi() + 1} of {total}</span> {q.prompt}
                  </legend>
                  <div class="kc-options">
                    <For each={sq.order}>
                      {(dataIndex) => (
                        <label class="kc-option" classList={{ right: !!checked()[q.id] && q.options[dataIndex]!.correct, wrong: !!checked()[q.id] && selected()[q.id] === dataIndex && !q.options[dataIndex]!.correct }}>
                          <input
                            type="radio"
                            name={name}
                            value={dataIndex}
                            checked={selected()[q.id] === dataIndex}
                            disabled={!!checked()[q.id]}
                            onChange={() => setSelected((s) => ({ ...s, [q.id]: dataIndex }))}
                          />
                          <span>{q.options[dataIndex]!.text}</span>
                        </label>
                      )}
                    </For>
                  </div>
                  <Show when={!checked()[q.id]}>
                    <button type="button" class="secondary" disabled={selected()[q.id] === undefined} onClick={() => check(q)}>
                      Check answer
                    </button>
                  </Show>
                  <div class="kc-feedback" role="status" aria-live="polite" tabindex="-1" ref={(el) => (feedbackRefs[q.id] = el)}>
                    <Show when={checked()[q.id]}>
                      <p class={isRight(q) ? 'verdict right' : 'verdict wrong'}>
                        <strong>{isRight(q) ? '✓ Right.' : '✗ Not quite.'}</strong> {chosen(q)?.explanation}
                      </p>
                      <details open={!isRight(q)}>
                        <summary>Why each option is right or wrong</summary>
                        <ul class="kc-explain">
                          <For each={sq.order}>
                            {(i) => {
                              const o = q.options[i]!;
                              return (
                                <li>
                                  <strong>{o.correct ? 'Best answer: ' : 'Weaker: '}</strong>“{o.text}” {o.explanation} Read more: {sectionLink(o.section)}.
                                </li>
                              );
                            }}
                          </For>
                        </ul>
                      </details>
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
            You scored {finalScore()} of {total}: {finalScore()! >= props.passMark ? 'passed' : `not yet (pass mark ${props.passMark})`}
          </h3>
          <ol class="kc-review">
            <For each={shown()}>
              {(sq) => {
                const q = sq.question;
                return (
                  <li classList={{ right: isRight(q), wrong: !isRight(q) }}>
                    <p class="kc-review-q">{q.prompt}</p>
                    <p>
                      {isRight(q) ? '✓' : '✗'} Your answer: {chosen(q)?.text}
                    </p>
                    <Show when={!isRight(q)}>
                      <p>Best answer: {q.options[correctIndex(q)]!.text} (see {sectionLink(q.options[correctIndex(q)]!.section)})</p>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ol>
          <button type="button" onClick={tryAgain}>Try again with the questions reshuffled</button>
        </section>
      </Show>
    </div>
  );
}
