// "Your plan": reads what this browser saved (progress, checks, assessment, checklist, one-on-one,
// review, the plan's own settings) and shows where the reader is, what to do next, one due review
// question at a time, the one-on-one with its saved preparation day, and the calendar download.
// Every decision is in src/lib/plan; this file renders and wires only. Parts that need saved state
// or JavaScript carry .tk-js, which the page hides when JavaScript is off (it says so instead).
import { For, Show, createEffect, createMemo, createSignal, onMount } from 'solid-js';
import { buildPlan, changeLine, RECENT_WIN_DAYS, type PlanContent } from '../../lib/plan/next-steps';
import { dueQuestions, nextReviewDay, recordAnswer, reviewKey } from '../../lib/plan/review';
import { CALENDAR_FILE_NAME, CALENDAR_MIME_TYPE, buildCalendar, type CalendarHabit } from '../../lib/plan/calendar';
import { DAY_NAMES, WEEKDAYS, type Weekday } from '../../lib/plan/weekdays';
import { DEFAULT_ONE_ON_ONE_DAY } from '../../lib/plan/settings';
import { dayLabel } from '../../lib/dates';
import { localDay } from '../../lib/plan/days';
import { progressSlot } from '../../lib/storage/slots/progress';
import { knowledgeCheckSlot } from '../../lib/storage/slots/knowledge-checks';
import { assessmentSlot } from '../../lib/storage/slots/assessment';
import { checklistSlot } from '../../lib/storage/slots/checklist';
import { oneOnOneSlot } from '../../lib/storage/slots/one-on-one';
import { reviewSlot } from '../../lib/storage/slots/review';
import { planSettingsSlot } from '../../lib/storage/slots/plan';
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

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const WELCOME = "Welcome. Nothing is saved in this browser yet, so here's a short way to start.";

export default function Plan(props: Props) {
  const progress = createPersisted(progressSlot);
  const quizzes = createPersisted(knowledgeCheckSlot);
  const assessment = createPersisted(assessmentSlot);
  const checklist = createPersisted(checklistSlot);
  const oneOnOne = createPersisted(oneOnOneSlot);
  const review = createPersisted(reviewSlot);
  const settings = createPersisted(planSettingsSlot);
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
        settings: settings.value(),
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
  const nextReview = createMemo(() => nextReviewDay(review.value(), now()));
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

  // The day the reader prepares their one-on-one: saved, and used by the calendar's weekly reminder.
  const weekday = () => settings.value().oneOnOneDay ?? DEFAULT_ONE_ON_ONE_DAY;
  const chooseDay = (day: Weekday) => settings.set((s) => ({ ...s, oneOnOneDay: day }));
  const nextPrep = () => {
    const next = plan().where.oneOnOne?.nextPrep;
    return !next ? '' : next === localDay(now()) ? 'today' : `on ${dayLabel(next)}`;
  };
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
      <section aria-labelledby="plan-where" class="tk-js">
        <h2 id="plan-where">Where you are</h2>
        <Show
          when={ready()}
          fallback={
            // As tall as a new reader's welcome, whose words it holds out of sight, so a first
            // visit's plan arriving moves nothing below it.
            <p class="plan-wait">
              <span>Reading what this browser has saved…</span>
              <span aria-hidden="true">{WELCOME}</span>
            </p>
          }
        >
          <Show when={!plan().where.newReader} fallback={<p>{WELCOME}</p>}>
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
                      {a().day ? `, taken ${dayLabel(a().day!)}` : ''}
                    </a>
                  </li>
                )}
              </Show>
              <li>
                <a href={withBase('/checklist/', props.base)}>
                  {plan().where.checklist.done} of {plan().where.checklist.total} checklist items ticked
                  {plan().where.checklist.due > 0 ? `, ${plural(plan().where.checklist.due, 'habit')} due again` : ''}
                </a>
              </li>
            </ul>
          </Show>
        </Show>
      </section>
      <section aria-labelledby="plan-next">
        <h2 id="plan-next">What to do next</h2>
        <ol class="plan-steps">
          <For each={plan().steps}>
            {(s) => (
              <li data-kind={s.kind}>
                <a href={s.href}>{s.text}</a>
                <Show when={s.detail}>{(d) => <p class="plan-detail">{d()}</p>}</Show>
                <Show when={s.changes?.length}>
                  <ul class="plan-changes">
                    <For each={s.changes}>{(c) => <li>{changeLine(c)}</li>}</For>
                  </ul>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>
      {/* A new reader has nothing to review yet: no empty section for them. */}
      <Show when={ready() && !plan().where.newReader}>
        <section aria-labelledby="review" class="tk-js">
          <h2 id="review" tabindex="-1">
            Review what you missed
          </h2>
          <Show
            when={current() || answered()}
            fallback={
              <p>
                Nothing to review today.{' '}
                {nextReview()
                  ? `The next question you missed comes back on ${dayLabel(nextReview()!)}.`
                  : 'Questions you miss in a knowledge check come back here after 1, 3 and 7 days.'}
              </p>
            }
          >
            <p class="plan-review-count">
              {due().length === 1 ? '1 question' : `${due().length} questions`} to review today, one at a time.
            </p>
            <Show when={currentQuestion()} fallback={<p>Loading the question…</p>}>
              {(q) => (
                <form class="plan-review" onSubmit={submit}>
                  <fieldset>
                    <legend>{q().prompt}</legend>
                    <div class="kc-options">
                      <For each={q().options}>
                        {(o, i) => (
                          <label
                            class="kc-option"
                            classList={{
                              right: !!answered() && o.correct,
                              wrong: !!answered() && picked() === i() && !o.correct,
                            }}
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
                    </div>
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
      </Show>
      <section aria-labelledby="plan-one-on-one" class="tk-js">
        <h2 id="plan-one-on-one">Your one-on-one</h2>
        <Show
          when={ready() && plan().where.oneOnOne?.used ? plan().where.oneOnOne : null}
          fallback={
            <p>
              <a href={planHrefs.logWin}>Start your wins log in the one-on-one planner</a>: log wins as they happen, and it builds
              the agenda for your next one-on-one from them.
            </p>
          }
        >
          {(oo) => (
            <ul class="plan-where">
              <li>
                <a href={planHrefs.agenda}>
                  {oo().agendaReady
                    ? 'Your agenda for the next one-on-one is ready'
                    : "Your agenda for the next one-on-one isn't ready yet: add your progress and any risks"}
                </a>
              </li>
              <li>
                <a href={planHrefs.logWin}>
                  {plural(oo().winsSince, 'win')} logged{' '}
                  {oo().lastMeeting
                    ? `since your last one-on-one on ${dayLabel(oo().lastMeeting!)}`
                    : `in the last ${RECENT_WIN_DAYS} days`}
                </a>
              </li>
            </ul>
          )}
        </Show>
        <p class="plan-day">
          <label for="plan-weekday">Prepare my one-on-one on</label>{' '}
          <select id="plan-weekday" disabled={!ready()} onChange={(e) => chooseDay(e.currentTarget.value as Weekday)}>
            <For each={WEEKDAYS}>
              {(d) => (
                <option value={d} selected={d === weekday()}>
                  {DAY_NAMES[d]}
                </option>
              )}
            </For>
          </select>
        </p>
        <p class="plan-hint">
          <Show
            when={ready() && settings.value().oneOnOneDay}
            fallback="Choose the day you like to get ready. It's saved in this browser, and the calendar reminder below falls on it."
          >
            {(d) =>
              `Saved. You prepare on ${DAY_NAMES[d()]}s, next ${nextPrep()}; the calendar reminder below falls on the same day.`
            }
          </Show>
        </p>
      </section>
      <section aria-labelledby="plan-calendar">
        <h2 id="plan-calendar">Reminders in your calendar</h2>
        <p>
          Get the checklist's habits and a weekly reminder to prepare your one-on-one as calendar events. The file is made here,
          in your browser, and opens in Google Calendar, Apple Calendar or Outlook.
        </p>
        <p class="js-off">Making the calendar file needs JavaScript, which is off in this browser.</p>
        <p class="tk-js">
          <button type="button" class="button" disabled={!ready()} onClick={calendar}>
            Add to my calendar
          </button>
        </p>
      </section>
    </div>
  );
}
