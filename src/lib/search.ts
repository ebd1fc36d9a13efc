// What the search page shows for a question: the lesson sections that answer it, best first, merged from
// one Pagefind search per word and synonym (Pagefind only returns pages holding every word of a query, so
// searching the alternatives together would make a question stricter, not wider); an honest status line;
// and, when nothing answers, the lessons closest to it. Pure, so it is unit-tested; the page script that
// queries the index lives in src/client/search-page.ts, and the question is read by ./search-query.ts.
import { markText, stem, wordsOf as queryWordsOf, type Concept } from './search-query';

export interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  /** `description` and `terms` come from data-pagefind-meta on the lesson page. */
  meta: { title?: string; description?: string; terms?: string };
  sub_results?: PagefindSub[];
}
/** A page a search found: its id and score come from the index; `data()` fetches its fragment (text and sections). */
export interface PagefindResult {
  id: string;
  score: number;
  /** Where in the page the searched words are (Pagefind's word positions). */
  words: number[];
  data(): Promise<PagefindData>;
}
export interface Pagefind {
  /** baseUrl: where result URLs start (the site's base, for a site under a sub-path); also Pagefind's ranking and excerpt options. */
  options(options: { baseUrl?: string } & Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
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

/** One section (or a lesson's opening, for a hit without an anchor) found for one concept of a question. */
export interface SectionHit {
  /** The index of the concept in the question. */
  concept: number;
  url: string;
  pageUrl: string;
  title: string;
  pageTitle: string;
  description: string;
  /** The lesson's hidden search terms, so an excerpt made of them can be replaced. */
  terms: string;
  /** Plain text around the hit. */
  excerpt: string;
  /** How strongly the section is about the concept, 0 to 1: a heading or search term near 1, a passing word near 0.25. */
  strength: number;
}

/**
 * Pagefind's score for a word, before the square of its weight (a heading's or a search term's) multiplies it:
 * an exact or stemmed match scores about 512; a near word ("do" for "dog") about 390, and a mere prefix
 * ("up" in "updates", "let" in "letter") less.
 */
const REAL_MATCH = 450;
/** Where a section's evidence reaches half strength: about three plain mentions. */
const HALF = 1500;
/** A heading that holds the searched phrase, in Pagefind's units (an h2 word scores about 18,000). */
const HEADING = 18_000;

/**
 * The sections of one Pagefind result that hold `alternative`, as hits for concept `concept`. Prefix
 * matches alone do not count, and a phrase (searched in quotes, which Pagefind scores flat) counts per
 * mention, or as a heading when the section's heading holds it. `synonym` marks the guide's word for the
 * reader's, which counts a little less than the reader's own.
 */
export function hitsFromResult(concept: number, alternative: string, data: PagefindData, synonym = false): SectionHit[] {
  const phrase = queryWordsOf(alternative).length > 1;
  const altStems = queryWordsOf(alternative).map(stem);
  const inTitle = (title: string) => {
    const t = queryWordsOf(title)
      .flatMap((w) => [w, ...w.split('-')])
      .map(stem);
    return altStems.every((s) => t.includes(s));
  };
  return (data.sub_results ?? []).flatMap((s) => {
    const located = s.weighted_locations ?? [];
    let raw = phrase
      ? (s.locations ?? located).length * 600
      : located.reduce((sum, l) => sum + (l.balanced_score / Math.max(1, l.weight) ** 2 >= REAL_MATCH ? l.balanced_score : 0), 0);
    const anchored = s.url.includes('#');
    if (anchored && raw > 0 && inTitle(s.title)) raw = Math.max(raw, HEADING);
    if (raw <= 0) return [];
    return [
      {
        concept,
        url: anchored ? s.url : data.url,
        pageUrl: data.url,
        title: anchored ? s.title : (data.meta.title ?? data.url),
        pageTitle: data.meta.title ?? data.url,
        description: data.meta.description ?? '',
        terms: data.meta.terms ?? '',
        // Pagefind escapes angle brackets in its plain text; the page escapes what it shows itself.
        excerpt: (s.plain_excerpt ?? s.excerpt.replace(/<[^>]*>/g, '')).replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
        // The reader's own word counts a little more than the guide's word for it.
        strength: (raw / (raw + HALF)) * (synonym ? 0.8 : 1),
      },
    ];
  });
}

/**
 * A page one Pagefind search found for one word or synonym of a question, known from the index alone
 * (before its fragment, which holds the text and the sections, is fetched).
 */
export interface PageMatch {
  /** The index of the concept in the question. */
  concept: number;
  /** The word or phrase searched for (the reader's, or a synonym). */
  alternative: string;
  /** Pagefind's id for the page (its fragment's name). */
  page: string;
  /** Pagefind's score for the page in that search. */
  score: number;
  /** True for the guide's word for the reader's (a synonym), which counts a little less. */
  synonym?: boolean;
  /** Where in the page the words were found (Pagefind's word positions). */
  words?: number[];
}

/** Each page's headings as [position of the first word, number of words], by Pagefind page id. */
export type HeadingRanges = Record<string, [number, number][]>;

/** The concepts a question needs answered: all but its weak words, unless it has nothing else. */
export const requiredConcepts = (concepts: Concept[]) =>
  concepts.flatMap((c, i) => (!c.weak || concepts.every((x) => x.weak) ? [i] : []));

/**
 * Every page a question's searches found, best first, from the index alone (no fragment fetched).
 * A heading holding a word of the question is the strongest evidence rankSections knows, so pages
 * where more of the question's required ideas are in a heading come first (`headings`, written by
 * the build from Pagefind's own positions); then pages holding more of those ideas anywhere; then
 * Pagefind's scores, each relative to the best page of its search and weighed like rankSections
 * weighs an idea (a rare one more, a weak one little). Reading the fragments of the first few pages
 * is enough to rank their sections; the rest wait for "More results".
 */
export function pageOrder(concepts: Concept[], matches: PageMatch[], headings: HeadingRanges = {}): string[] {
  const required = requiredConcepts(concepts);
  const pages = [...new Set(matches.map((m) => m.page))];
  // Each score is relative to the best page of the same search: Pagefind's scale varies by query.
  const best = new Map<string, number>();
  const key = (m: PageMatch) => `${m.concept} ${m.alternative}`;
  for (const m of matches) best.set(key(m), Math.max(best.get(key(m)) ?? 0, m.score));
  const weight = concepts.map((c, i) => {
    const n = new Set(matches.filter((m) => m.concept === i).map((m) => m.page)).size;
    return (c.weak ? 0.3 : 1) * Math.log(1 + pages.length / Math.max(1, n));
  });
  const of = (page: string, i: number) => matches.filter((m) => m.page === page && m.concept === i);
  const strength = (page: string, i: number) =>
    Math.max(0, ...of(page, i).map((m) => (m.score / (best.get(key(m)) || 1)) * (m.synonym ? 0.8 : 1)));
  const inHeading = (page: string, i: number) =>
    of(page, i).some((m) => (m.words ?? []).some((w) => (headings[page] ?? []).some(([at, n]) => w >= at && w < at + n)));
  const rated = pages.map((page) => ({
    page,
    headed: required.filter((i) => inHeading(page, i)).length,
    covers: required.filter((i) => strength(page, i) > 0).length,
    score: concepts.reduce((sum, _, i) => sum + weight[i]! * strength(page, i), 0),
  }));
  rated.sort((a, b) => b.headed - a.headed || b.covers - a.covers || b.score - a.score);
  return rated.map((r) => r.page);
}

/**
 * The pages to read next, given those already read and the hits found in them: while fewer than
 * `first` are read, the next best; then, for each required idea the read pages never answered (a
 * page can match an idea only by a prefix, "up" in "updates"), the best unread page that matches it,
 * so "nothing answers" is never said while an unread page might. Empty when nothing more is needed.
 */
export function pagesToRead(
  concepts: Concept[],
  matches: PageMatch[],
  read: ReadonlySet<string>,
  hits: SectionHit[],
  first: number,
  headings: HeadingRanges = {},
): string[] {
  const order = pageOrder(concepts, matches, headings).filter((p) => !read.has(p));
  if (read.size < first) return order.slice(0, first - read.size);
  const wanted = requiredConcepts(concepts).filter((i) => !hits.some((h) => h.concept === i));
  return [...new Set(wanted.flatMap((i) => order.find((p) => matches.some((m) => m.page === p && m.concept === i)) ?? []))];
}

/** A section as a result: how many of the question's ideas it answers, and how well. */
export interface RankedSection {
  url: string;
  pageUrl: string;
  title: string;
  pageTitle: string;
  /** Plain text to show under the heading. */
  excerpt: string;
  /** The question's required ideas this section answers in its own words (a lesson's opening: its search terms too). */
  covers: number;
  score: number;
}

export interface Ranking {
  /** True when every idea of the question is in the guide and some section answers it. */
  answered: boolean;
  /** The reader's words the guide never uses, when that is why nothing answers. */
  unknown: string[];
  results: RankedSection[];
}

/**
 * Ranks sections for a question from the hits of every concept. An idea found in a lesson's opening or
 * search terms also adds, at half strength, to the score of each section of that lesson that holds another
 * idea of the question (but a section only covers the ideas in its own words). A rare idea weighs more than one in every section; a weak word ("boss") weighs little and is
 * only required when the question has nothing else. Sections answering more required ideas come first.
 */
export function rankSections(concepts: Concept[], hits: SectionHit[], limit = 6): Ranking {
  const required = requiredConcepts(concepts).map((i) => ({ c: concepts[i]!, i }));
  const unknown = required.filter(({ i }) => !hits.some((h) => h.concept === i)).map(({ c }) => c.term);
  const bySection = new Map<string, SectionHit[]>();
  for (const h of hits) bySection.set(h.url, [...(bySection.get(h.url) ?? []), h]);
  // Each word found for an idea is more evidence for it: strengths combine like independent chances.
  const strengthIn = (list: SectionHit[] | undefined, i: number) =>
    1 - (list ?? []).filter((h) => h.concept === i).reduce((miss, h) => miss * (1 - h.strength), 1);
  const total = bySection.size;
  const weight = concepts.map((c, i) => {
    const n = [...bySection.values()].filter((list) => list.some((h) => h.concept === i)).length;
    return (c.weak ? 0.3 : 1) * Math.log(1 + total / Math.max(1, n));
  });
  const ranked: RankedSection[] = [...bySection.entries()].map(([url, list]) => {
    const first = list[0]!;
    const opening = url === first.pageUrl ? undefined : bySection.get(first.pageUrl);
    const own = concepts.map((_, i) => strengthIn(list, i));
    const effective = own.map((e, i) => Math.max(e, strengthIn(opening, i) / 2));
    const isPage = url === first.pageUrl;
    const best = [...list].sort((a, b) => weight[b.concept]! * b.strength - weight[a.concept]! * a.strength)[0]!;
    const excerpt =
      isPage && (showsTerms(best.excerpt, best.terms) || !best.excerpt)
        ? first.description
        : stripHeading(best.excerpt, best.title);
    return {
      url,
      pageUrl: first.pageUrl,
      title: first.title,
      pageTitle: first.pageTitle,
      excerpt,
      covers: required.filter(({ i }) => own[i]! > 0).length,
      // A lesson's opening answers "which lesson", not "where": the section that answers comes first.
      score: effective.reduce((sum, e, i) => sum + weight[i]! * e, 0) * (isPage ? 0.5 : 1),
    };
  });
  ranked.sort((a, b) => b.covers - a.covers || b.score - a.score);
  const top = ranked[0];
  const results = top
    ? ranked.filter((r) => r.covers >= Math.max(1, top.covers - 1) && r.score >= top.score * 0.25).slice(0, limit)
    : [];
  return { answered: unknown.length === 0 && results.length > 0, unknown, results };
}

/** The status line above the results. */
export function statusMessage(query: string, ranking: Ranking): string {
  const q = `“${query.trim()}”`;
  if (!ranking.answered) {
    const why = ranking.unknown.length ? `: no lesson mentions ${quoteList(ranking.unknown, 'or')}` : '';
    return `Nothing in the guide answers ${q}${why}. These lessons come closest:`;
  }
  const n = ranking.results.length;
  return `${n === 1 ? 'The section that matches' : `The ${n} sections that match`} ${q}, best first:`;
}

/** An excerpt cut from a longer text, with an ellipsis where it starts or stops mid-sentence. */
export function trimmed(excerpt: string): string {
  const text = excerpt.trim();
  if (!text) return '';
  const start = /^[\p{Ll}]/u.test(text) ? '…' : '';
  const end = /[.!?:"”’)]$/.test(text) ? '' : '…';
  return `${start}${text.replace(/[,;–—-]$/, '')}${end}`;
}

/** A section result: its heading as the link, the lesson it is in, and the text that answers, marked. */
export function renderSection(r: RankedSection, marks: string[]): string {
  const isPage = r.url === r.pageUrl;
  return `<li>
    <a class="result-title" href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a>
    <p class="result-lesson">${isPage ? 'The whole lesson' : `In ${escapeHtml(r.pageTitle)}`}</p>
    ${r.excerpt ? `<p>${markText(trimmed(r.excerpt), marks)}</p>` : ''}
  </li>`;
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

/** A suggested lesson, shaped like a result so the list looks the same. */
export const renderSuggestion = (l: LessonHint) => `<li>
    <a class="result-title" href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a>
    <p>${escapeHtml(l.description)}</p>
  </li>`;
