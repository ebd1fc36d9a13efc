// "Your plan": reads what this browser saved (progress, checks, assessment, checklist, one-on-one,
// review) and shows where the reader is, what to do next, one due review question at a time, and
// the calendar download. Every decision is in src/lib/plan; this file renders and wires only.
import { For, Show, createEffect, createMemo, createSignal, onMount } from 'solid-js';
import { buildPlan, type PlanContent } from '../../lib/plan/next-steps';
import { dueQuestions, recordAnswer, reviewKey } from '../../lib/plan/review';
import {
  CALENDAR_FILE_NAME,
  CALENDAR_MIME_TYPE,
  WEEKDAYS,
  buildCalendar,
  type CalendarHabit,
  type Weekday,
} from '../../lib/plan/calendar';
import { localDay } from '../../lib/plan/days';
import { progressSlot } from '../../lib/storage/slots/progress';
import { knowledgeCheckSlot } from '../../lib/storage/slots/knowledge-checks';
import { assessmentSlot } from '../../lib/storage/slots/assessment';
import { checklistSlot } from '../../lib/storage/slots/checklist';
import { oneOnOneSlot } from '../../lib/storage/slots/one-on-one';
import { reviewSlot } from '../../lib/storage/slots/review';
import { createPersisted } from '../../client/persisted';
import { download } from '../../client/download';
import { withBase } from '../../lib/base';
import { quizHref } from '../../lib/links';
import { planHrefs } from '../../lib/plan/hrefs';
import type { CheckData } from '../../lib/knowledge-check';

interface Props {
  content: PlanContent;
  base: string;
  siteUrl?: string;
}

const DAY_NAMES: Record<Weekday, string> = {
  SU: 'Sunday',
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
};

export default function Plan(props: Props) {
  const progress = createPersisted(progressSlot);
  const quizzes = createPersisted(knowledgeCheckSlot);
  const assessment = createPersisted(assessmentSlot);
  const checklist = createPersisted(checklistSlot);
  const oneOnOne = createPersisted(oneOnOneSlot);
  const review = createPersisted(reviewSlot);
  const [now, setNow] = createSignal(new Date());
  const [ready, setReady] = createSignal(false);
  onMount(() => {
    setNow(new Date());
    setReady(true);
  });

  const known = (lesson: string, question: string) => props.content.checkQuestions?.[lesson]?.includes(question) ?? false;
  const plan = createMemo(() =>
    buildPlan(
      props.content,
      {
        progress: progress.value(),
        quizzes: quizzes.value(),
        assessment: assessment.value(),
        checklist: checklist.value(),
        oneOnOne: oneOnOne.value(),
        review: review.value(),
      },
      now(),
    ),
  );

  // The review: the first due question, fetched from the lesson's quiz JSON the site already serves.
  const due = createMemo(() => dueQuestions(review.value(), now(), known));
  const [quiz, setQuiz] = createSignal<{ lesson: string; data: CheckData } | null>(null);
  const [picked, setPicked] = createSignal<number | null>(null);
  const [answered, setAnswered] = createSignal<{ key: string; right: boolean; lesson: string; question: string } | null>(null);
  const current = createMemo(() => due()[0] ?? null);
  const currentQuestion = createMemo(() => {
    const c = answered() ?? current();
    const q = quiz();
    if (!c || !q || q.lesson !== c.lesson) return null;
    return q.data.questions.find((x) => x.id === c.question) ?? null;
  });
  createEffect(() => {
    const c = current();
    if (!ready() || !c || answered() || quiz()?.lesson === c.lesson) return;
    void fetch(quizHref(c.lesson))
      .then((r) => (r.ok ? (r.json() as Promise<CheckData>) : null))
      .then((data) => data && setQuiz({ lesson: c.lesson, data }))
      .catch(() => undefined);
  });

  function submit(e: Event) {
    e.preventDefault();
    const c = current();
    const q = currentQuestion();
    const i = picked();
    if (!c || !q || i === null) return;
    const right = q.options[i]?.correct === true;
    const key = reviewKey(c.lesson, c.question);
    setAnswered({ key, right, lesson: c.lesson, question: c.question });
    review.set((s) => recordAnswer(s, key, right, new Date()));
  }
  function nextQuestion() {
    setAnswered(null);
    setPicked(null);
  }

  const [weekday, setWeekday] = createSignal<Weekday>('MO');
  function calendar() {
    const titleOf = (slug: string) => props.content.lessons.find((l) => l.slug === slug)?.title;
    const habits: CalendarHabit[] = props.content.checklist.flatMap((i) =>
      i.every
        ? [{ id: i.id, text: i.text, every: i.every, lessonTitle: titleOf(i.lesson), href: planHrefs.checklistItem(i.id) }]
        : [],
    );
    const text = buildCalendar({
      habits,
      oneOnOne: { weekday: weekday(), href: withBase('/toolkit/one-on-one/#oo-next-h', props.base) },
      start: localDay(new Date()),
      now: new Date(),
      siteUrl: props.siteUrl,
      alarmHour: 9,
    });
    download(CALENDAR_FILE_NAME, text, CALENDAR_MIME_TYPE);
  }

  return (
    <div class="plan" data-ready={ready() ? '' : undefined}>
      <section aria-labelledby="plan-where">
        <h2 id="plan-where">Where you are</h2>
        <Show
          when={!plan().where.newReader}
          fallback={<p>Welcome. Nothing is saved in this browser yet, so here's a short way to start.</p>}
        >
          <ul class="plan-where">
            <li>
              <a href={withBase('/lessons/', props.base)}>
                {plan().where.lessons.read} of {plan().where.lessons.total} lessons read
              </a>
            </li>
            <li>
              {plan().where.checks.passed} of {plan().where.checks.total} knowledge checks passed
            </li>
            <Show when={plan().where.assessment}>
              {(a) => (
                <li>
                  <a href={withBase('/assessment/', props.base)}>
                    Self-assessment{a().band ? `: ${a().band!.title}` : ''}
                    {a().day ? `, taken ${a().day}` : ''}
                  </a>
                </li>
              )}
            </Show>
            <li>
              <a href={withBase('/checklist/', props.base)}>
                {plan().where.checklist.done} of {plan().where.checklist.total} checklist items ticked
              </a>
            </li>
          </ul>
        </Show>
      </section>
      <section aria-labelledby="plan-next">
        <h2 id="plan-next">What to do next</h2>
        <ol class="plan-steps">
          <For each={plan().steps}>
            {(s) => (
              <li data-kind={s.kind}>
                <a href={s.href}>{s.text}</a>
                <Show when={s.detail}>
                  <span class="plan-detail"> {s.detail}</span>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>
      <section aria-labelledby="review">
        <h2 id="review" tabindex="-1">
          Review what you missed
        </h2>
        <Show
          when={current() || answered()}
          fallback={<p>Nothing to review today. Questions you miss in a knowledge check come back here after 1, 3 and 7 days.</p>}
        >
          <p class="plan-review-count">
            {due().length === 1 ? '1 question' : `${due().length} questions`} to review today, one at a time.
          </p>
          <Show when={currentQuestion()} fallback={<p>Loading the question…</p>}>
            {(q) => (
              <form class="plan-review" onSubmit={submit}>
                <fieldset>
                  <legend>{q().prompt}</legend>
                  <For each={q().options}>
                    {(o, i) => (
                      <label
                        class="kc-option"
                        classList={{ right: !!answered() && o.correct, wrong: !!answered() && picked() === i() && !o.correct }}
                      >
                        <input
                          type="radio"
                          name="plan-review"
                          value={i()}
                          checked={picked() === i()}
                          disabled={!!answered()}
                          onChange={() => setPicked(i())}
                        />
                        <span>{o.text}</span>
                      </label>
                    )}
                  </For>
                </fieldset>
                <Show
                  when={answered()}
                  fallback={
                    <button type="submit" class="button" disabled={picked() === null}>
                      Check my answer
                    </button>
                  }
                >
                  {(a) => (
                    <div role="status" class="plan-feedback">
                      <p>
                        <strong>{a().right ? 'Right.' : 'Not quite.'}</strong>{' '}
                        {a().right ? 'It comes back later, further apart.' : 'It comes back tomorrow.'}
                      </p>
                      <p>{q().options[picked() ?? -1]?.explanation}</p>
                      <button type="button" class="button" onClick={nextQuestion}>
                        {due().length > 0 ? 'Next question' : 'Done for today'}
                      </button>
                    </div>
                  )}
                </Show>
              </form>
            )}
          </Show>
        </Show>
      </section>
      <section aria-labelledby="plan-calendar">
        <h2 id="plan-calendar">Reminders in your calendar</h2>
        <p>
          Get the checklist's habits and a weekly reminder to prepare your one-on-one as calendar events. The file is made here,
          in your browser.
        </p>
        <label for="plan-weekday">Prepare my one-on-one on</label>{' '}
        <select id="plan-weekday" value={weekday()} onChange={(e) => setWeekday(e.currentTarget.value as Weekday)}>
          <For each={WEEKDAYS}>{(d) => <option value={d}>{DAY_NAMES[d]}</option>}</For>
        </select>{' '}
        <button type="button" class="button" onClick={calendar}>
          Add to my calendar
        </button>
      </section>
    </div>
  );
}
