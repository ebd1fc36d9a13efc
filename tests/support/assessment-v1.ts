// The version-1 assessment as the site saved it (before statement sets had names): its statement
// ids in order and which of them were reversed. Test data standing for old saved answers, shared by
// the migration's unit tests and the browser tests that reload such data; deliberately not read
// from src/lib/assessment-v1.ts, so a mistake there cannot hide in the tests.

/** The 27 version-1 statement ids, in order. */
export const V1_IDS = [
  'kb-goals', 'kb-person', 'kb-own-agenda', 'kb-lead-a-piece', 'co-channel', 'co-format', 'co-calendar', 'co-my-style',
  'tr-late-news', 'tr-problem-plan', 'tr-deadlines', 'tr-progress', 'tr-wait-for-work', 'gr-take-on', 'gr-use-my-skills',
  'gr-feedback', 'gr-credit', 'gr-career-talk', 'bb-unclear', 'bb-note', 'bb-advice', 'bb-praise', 'bb-wider-work',
  'sh-whole-job', 'sh-want-it', 'sh-boss-shines', 'sh-no-cover',
]; // prettier-ignore

/** The version-1 statements where agreeing was the weak answer. */
export const V1_REVERSE = new Set([
  'kb-own-agenda',
  'co-my-style',
  'tr-late-news',
  'tr-wait-for-work',
  'gr-credit',
  'bb-unclear',
  'sh-no-cover',
]);

/** Version-1 answers, one rating per statement. */
export const v1Answers = (rate: (id: string) => number) => Object.fromEntries(V1_IDS.map((id) => [id, rate(id)]));

/** The weakest possible version-1 attempt (scores 0). */
export const v1Worst = () => v1Answers((id) => (V1_REVERSE.has(id) ? 5 : 1));
