// How long the self-assessment takes, from how many statements it has, so the home page and the
// assessment page say the same thing and follow the statements when they change.

/** Seven or eight seconds a statement: read it, think of a real week, pick a rating. */
const SECONDS_EACH = 7.5;
const WORDS: Record<number, string> = { 5: 'five', 10: 'ten', 15: 'fifteen', 20: 'twenty' };

/** "about five minutes" for up to 40 statements, then in steps of five minutes. */
export function assessmentTime(statements: number): string {
  const minutes = Math.max(5, Math.ceil((statements * SECONDS_EACH) / 60 / 5) * 5);
  return `about ${WORDS[minutes] ?? minutes} minutes`;
}
