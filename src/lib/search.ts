// What the search page shows for a query: result-list HTML from Pagefind results, an honest status line
// when only some words matched, and lessons to try when nothing did. Pure, so it is unit-tested; the page
// script that queries the index lives in src/client/search-page.ts.

export interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  /** `description` and `terms` come from data-pagefind-meta on the lesson page. */
  meta: { title?: string; description?: string; terms?: string };
  sub_results?: PagefindSub[];
}
export interface Pagefind {
  /** baseUrl: where result URLs start (the site's base, for a site under a sub-path). */
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** A lesson as the search page knows it without the index, for suggestions when nothing matches. */
export interface LessonHint {
  url: string;
  title: string;
  description: string;
  searchTerms: string[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Lower-case words of a text, apostrophes unified and kept inside words ("boss's"). */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];

/** The distinct words of a query, in order, as the reader typed them. */
export const queryWords = (query: string) => [...new Set(wordsOf(query))];

const quoteList = (words: string[], conjunction: 'or' | 'and') => {
  const q = words.map((w) => `“${w}”`);
  return q.length < 2 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${conjunction} ${q.at(-1)}`;
};

/**
 * The status line above the results. `unmatched` are the query's words that matched no page at all:
 * Pagefind quietly drops those, so without this a search for "toxic boss" would claim every lesson
 * that mentions "boss" as a match.
 */
export function statusMessage(query: string, count: number, unmatched: string[]): string {
  const q = query.trim();
  if (count === 0) return `No lessons mention “${q}”. These lessons are good places to start:`;
  const lessons = `${count} ${count === 1 ? 'lesson' : 'lessons'}`;
  const matched = queryWords(q).filter((w) => !unmatched.includes(w));
  if (unmatched.length === 0 || matched.length === 0) return `${lessons} ${count === 1 ? 'matches' : 'match'} “${q}”.`;
  return `No lesson mentions ${quoteList(unmatched, 'or')}. Showing the ${lessons} that ${count === 1 ? 'mentions' : 'mention'} ${quoteList(matched, 'and')}.`;
}

/** Likely typos of each other: one edit apart for words of 4-6 letters, two for longer words. */
function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = Math.min(a.length, b.length) < 4 ? 0 : Math.min(a.length, b.length) < 7 ? 1 : 2;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  // Levenshtein distance, one row at a time.
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]! <= allowed;
}

/** A query word "hits" a lesson word when one starts the other (pay/payment) or it is a likely typo. */
const hits = (q: string, w: string) =>
  (q.length >= 3 && (w.startsWith(q) || (w.length >= 4 && q.startsWith(w)))) || nearlyEqual(q, w);

/**
 * Lessons to offer when a search finds nothing: those whose search terms (worth most), title or
 * description come closest to the query's words, then the curated `fallback` order (given as URLs)
 * for the rest, so the reader never meets an empty page.
 */
export function suggestLessons(query: string, lessons: LessonHint[], fallback: string[], limit = 3): LessonHint[] {
  const words = queryWords(query);
  const score = (l: LessonHint) => {
    const terms = l.searchTerms.flatMap(wordsOf);
    const text = wordsOf(`${l.title} ${l.description}`);
    return words.reduce((sum, q) => sum + (terms.some((w) => hits(q, w)) ? 3 : 0) + (text.some((w) => hits(q, w)) ? 1 : 0), 0);
  };
  const rank = (l: LessonHint) => {
    const i = fallback.indexOf(l.url);
    return i === -1 ? fallback.length : i;
  };
  return lessons
    .map((l) => ({ l, s: score(l) }))
    .sort((a, b) => b.s - a.s || rank(a.l) - rank(b.l))
    .slice(0, limit)
    .map((x) => x.l);
}

/**
 * Removes a heading's text from the start of an excerpt (the result already shows it as a link).
 * Pagefind starts a section's excerpt with its heading, and a page's excerpt may start part-way
 * through the title, so the whole title or any tail of it of at least two words is removed.
 */
export function stripHeading(excerpt: string, heading: string): string {
  const titleWords = wordsOf(heading);
  for (let from = 0; from <= Math.max(0, titleWords.length - 2); from++) {
    const rest = cutWords(excerpt, titleWords.slice(from));
    if (rest !== undefined) return rest;
  }
  return excerpt;
}

/** The excerpt after `words`, if it starts with exactly those words (tags and punctuation skipped). */
function cutWords(html: string, words: string[]): string | undefined {
  if (words.length === 0) return undefined;
  let i = 0;
  const skipNoise = () => {
    for (;;) {
      const tag = /^<[^>]*>/.exec(html.slice(i));
      if (tag) i += tag[0].length;
      else if (i < html.length && !/[\p{L}\p{N}]/u.test(html[i]!)) i++;
      else return;
    }
  };
  for (const word of words) {
    skipNoise();
    const m = /^[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/u.exec(html.slice(i));
    if (!m || wordsOf(m[0])[0] !== word) return undefined;
    i += m[0].length;
  }
  // Drop what trails the heading (a full stop, a closing mark, spaces) but not an opening tag.
  for (;;) {
    const close = /^<\/[^>]*>/.exec(html.slice(i));
    if (close) i += close[0].length;
    else if (i < html.length && /[\s.,:;!?…–—-]/.test(html[i]!)) i++;
    else break;
  }
  return html.slice(i);
}

/**
 * True when the excerpt shows any of the page's hidden search terms. The terms sit in the page as one
 * run of words, so an excerpt shows them when it ends with the start of that run, starts with its end,
 * or holds three of its words in a row.
 */
export function showsTerms(excerpt: string, terms: string | undefined): boolean {
  const t = wordsOf(terms ?? '');
  if (t.length === 0) return false;
  const e = wordsOf(excerpt.replace(/<[^>]*>/g, ''));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
  for (let k = 1; k <= Math.min(e.length, t.length); k++) {
    if (same(e.slice(-k), t.slice(0, k)) || same(e.slice(0, k), t.slice(-k))) return true;
  }
  const run = ` ${t.join(' ')} `;
  for (let i = 0; i + 3 <= e.length; i++) if (run.includes(` ${e.slice(i, i + 3).join(' ')} `)) return true;
  return false;
}

/**
 * Moves results that list the reader's whole query as one of their search terms ("bad boss") to the
 * front, keeping Pagefind's order otherwise: word counts alone let a lesson that says "bad news" a lot
 * outrank the one written for a bad boss.
 */
export function promoteTermMatches<T extends { meta: { terms?: string } }>(results: T[], query: string): T[] {
  const q = queryWords(query).join(' ');
  const listsQuery = (r: T) => (r.meta.terms ?? '').split(',').some((t) => wordsOf(t).join(' ') === q);
  return [...results.filter(listsQuery), ...results.filter((r) => !listsQuery(r))];
}

/** Escapes a plain text and marks the words that a query word starts, the way Pagefind marks excerpts. */
export function markQuery(text: string, query: string): string {
  const words = queryWords(query);
  return text
    .split(/([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)/u)
    .map((part, i) => {
      const w = wordsOf(part)[0];
      const marked = i % 2 === 1 && w !== undefined && words.some((q) => w === q || (q.length >= 3 && w.startsWith(q)));
      return marked ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
    })
    .join('');
}

/** The text under a result's title: Pagefind's excerpt, or the description when the excerpt would show search terms. */
function pageExcerpt(r: PagefindData, query: string): string {
  if (showsTerms(r.excerpt, r.meta.terms) && r.meta.description) return markQuery(r.meta.description, query);
  return stripHeading(r.excerpt, r.meta.title ?? '');
}

export function renderResult(r: PagefindData, query = ''): string {
  const subs = (r.sub_results ?? []).filter((s) => s.url !== r.url && s.url.includes('#')).slice(0, 4);
  const sub = (s: PagefindSub) => {
    const excerpt = stripHeading(s.excerpt, s.title);
    return `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>${excerpt ? `<p>${excerpt}</p>` : ''}</li>`;
  };
  return `<li>
    <a class="result-title" href="${escapeHtml(r.url)}">${escapeHtml(r.meta.title ?? r.url)}</a>
    <p>${pageExcerpt(r, query)}</p>
    ${subs.length ? `<ul class="subs">${subs.map(sub).join('')}</ul>` : ''}
  </li>`;
}

/** A suggested lesson, shaped like a result so the list looks the same. */
export const renderSuggestion = (l: LessonHint) => `<li>
    <a class="result-title" href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a>
    <p>${escapeHtml(l.description)}</p>
  </li>`;
