import { describe, expect, it } from 'vitest';
import {
  hitsFromResult,
  pageOrder,
  pagesToRead,
  queryWords,
  rankSections,
  renderSection,
  renderSuggestion,
  showsTerms,
  statusMessage,
  stripHeading,
  suggestLessons,
  trimmed,
  type LessonHint,
  type PageMatch,
  type PagefindData,
  type PagefindSub,
  type RankedSection,
  type SectionHit,
} from '../../src/lib/search';
import type { Concept } from '../../src/lib/search-query';

/** A word as Pagefind scores it: about 512 for a match in body text, times the square of its weight. */
const at = (location: number, weight = 1, base = 512) => ({ location, weight, balanced_score: base * weight * weight });
const sub = (
  anchor: string,
  title: string,
  locations: ReturnType<typeof at>[],
  excerpt = `${title}. Some text`,
): PagefindSub => ({
  title,
  url: anchor ? `/lessons/a/#${anchor}` : '/lessons/a/',
  excerpt,
  plain_excerpt: excerpt,
  locations: locations.map((l) => l.location),
  weighted_locations: locations,
});
const page = (sub_results: PagefindSub[], meta: PagefindData['meta'] = {}): PagefindData => ({
  url: '/lessons/a/',
  excerpt: '',
  meta: { title: 'Lesson A', description: 'What lesson A is about.', ...meta },
  sub_results,
});

describe('stripHeading', () => {
  it('removes the whole heading, or a tail of it of two words or more, from the start', () => {
    expect(stripHeading('Earn trust. Keep your word', 'Earn trust')).toBe('Keep your word');
    expect(stripHeading('your boss’s <mark>shoes</mark>. Test whether', "Step into your boss's shoes")).toBe('Test whether');
    expect(stripHeading('shoes. Test whether', "Step into your boss's shoes")).toBe('shoes. Test whether');
  });

  it('leaves an excerpt alone when the heading is not at its start', () => {
    expect(stripHeading('Ask why this relationship matters', 'Why this relationship matters')).toBe(
      'Ask why this relationship matters',
    );
    expect(stripHeading('Earn trusted friends', 'Earn trust')).toBe('Earn trusted friends');
  });
});

describe('showsTerms', () => {
  const terms = 'fired, let go, laid off, mistake';
  it('spots terms at the end, at the start or inside an excerpt', () => {
    expect(showsTerms('keeping your word. <mark>fired,</mark> let', terms)).toBe(true);
    expect(showsTerms('off, mistake. Picture your manager', terms)).toBe(true);
    expect(showsTerms('news. fired, let go, laid off, mistake. Picture', terms)).toBe(true);
  });
  it('is false for ordinary text and when the page has no terms', () => {
    expect(showsTerms('a <mark>mistake</mark> you made last week and fixed', terms)).toBe(false);
    expect(showsTerms('fired, let go', undefined)).toBe(false);
  });
});

describe('suggestLessons', () => {
  const lesson = (slug: string, searchTerms: string[], title = slug, description = 'A lesson description.'): LessonHint => ({
    url: `/lessons/${slug}/`,
    title,
    description,
    searchTerms,
  });
  const lessons = [
    lesson('start', ['managing up']),
    lesson('trust', ['fired', 'mistake', 'workload']),
    lesson('grow', ['salary', 'pay rise', 'promotion'], 'Grow together'),
    lesson('hard', ['toxic boss', 'harassment', 'burnout']),
  ];
  const fallback = ['/lessons/start/', '/lessons/hard/', '/lessons/trust/'];

  it('puts lessons whose search terms come closest first, typos and word stems included', () => {
    expect(suggestLessons('salry', lessons, fallback)[0]!.url).toBe('/lessons/grow/');
    expect(suggestLessons('promotions', lessons, fallback)[0]!.url).toBe('/lessons/grow/');
    expect(suggestLessons('burnt out harrasment', lessons, fallback)[0]!.url).toBe('/lessons/hard/');
    expect(suggestLessons('toxc', lessons, fallback)[0]!.url).toBe('/lessons/hard/');
  });

  it('does not count short or distant words as typos', () => {
    expect(suggestLessons('pax', lessons, fallback)[0]!.url).toBe('/lessons/start/');
    expect(suggestLessons('sultry', lessons, fallback)[0]!.url).toBe('/lessons/start/');
  });

  it('fills the rest, and an unrelated query, from the curated order', () => {
    expect(suggestLessons('salry', lessons, fallback).map((l) => l.url)).toEqual([
      '/lessons/grow/',
      '/lessons/start/',
      '/lessons/hard/',
    ]);
    expect(suggestLessons('zzqqxx', lessons, fallback).map((l) => l.url)).toEqual(fallback);
  });

  it('counts title words too, below search terms', () => {
    expect(suggestLessons('growing', lessons, fallback)[0]!.url).toBe('/lessons/grow/');
  });

  it('renders a suggestion like a result, escaped', () => {
    expect(renderSuggestion(lesson('x', [], 'A <b> title', 'Desc & more'))).toContain(
      '<a class="result-title" href="/lessons/x/">A &#60;b&#62; title</a>',
    );
  });
});

describe('queryWords', () => {
  it('splits a query into distinct lower-case words, apostrophes kept inside words', () => {
    expect(queryWords("  My boss's  BOSS, boss’s  toxic! ")).toEqual(['my', "boss's", 'boss', 'toxic']);
  });
});

describe('hitsFromResult', () => {
  it('turns each section holding the word into a hit, the lesson opening under the page URL', () => {
    const hits = hitsFromResult(0, 'raise', page([sub('', 'Lesson A', [at(3, 10)]), sub('ask', 'Ask for a raise', [at(40, 6)])]));
    expect(hits.map((h) => [h.url, h.title, h.pageTitle])).toEqual([
      ['/lessons/a/', 'Lesson A', 'Lesson A'],
      ['/lessons/a/#ask', 'Ask for a raise', 'Lesson A'],
    ]);
    expect(hits.every((h) => h.concept === 0 && h.strength > 0.9)).toBe(true);
  });

  it('scores a heading far above a passing mention, and ignores near and prefix matches', () => {
    const [heading, mention] = hitsFromResult(0, 'raise', page([sub('h', 'Raise', [at(1, 6)]), sub('m', 'Other', [at(9)])]));
    expect(heading!.strength).toBeGreaterThan(0.9);
    expect(mention!.strength).toBeLessThan(0.3);
    expect(hitsFromResult(0, 'up', page([sub('u', 'Updates', [at(2, 1, 242), at(8, 10, 242)])]))).toEqual([]);
    // Pagefind's nearest words for one the guide never uses ("do" for "dog") are not a match either.
    expect(hitsFromResult(0, 'dog', page([sub('d', 'Doing', [at(2, 1, 388.6), at(8, 6, 388.6)])]))).toEqual([]);
  });

  it('counts a phrase per mention, and as a heading when the heading holds it', () => {
    const hits = hitsFromResult(
      0,
      'passed over',
      page([
        sub('p', 'Passed over for promotion', [{ location: 1, weight: 1, balanced_score: 1 }]),
        sub('q', 'Other', [{ location: 9, weight: 1, balanced_score: 1 }]),
      ]),
    );
    expect(hits[0]!.strength).toBeGreaterThan(0.9);
    expect(hits[1]!.strength).toBeLessThan(0.5);
  });

  it('counts the guide’s word for the reader’s a little less, and unescapes Pagefind’s plain text', () => {
    const data = page([sub('s', 'Salary', [at(1, 6)], 'a &lt;b&gt; c')]);
    expect(hitsFromResult(0, 'salary', data, true)[0]!.strength).toBeCloseTo(
      hitsFromResult(0, 'salary', data)[0]!.strength * 0.8,
    );
    expect(hitsFromResult(0, 'salary', data)[0]!.excerpt).toBe('a <b> c');
  });
});

describe('rankSections', () => {
  const concept = (term: string, weak = false): Concept => ({ term, weak, alternatives: [term] });
  const hit = (concept: number, anchor: string, strength: number, over: Partial<SectionHit> = {}): SectionHit => ({
    concept,
    url: anchor ? `/lessons/a/#${anchor}` : '/lessons/a/',
    pageUrl: '/lessons/a/',
    title: anchor ? `Heading ${anchor}` : 'Lesson A',
    pageTitle: 'Lesson A',
    description: 'What lesson A is about.',
    terms: '',
    excerpt: 'Some text',
    strength,
    ...over,
  });
  const urls = (r: { results: RankedSection[] }) => r.results.map((x) => x.url.replace('/lessons/a/', ''));

  it('puts the section answering every idea first, above one that only says a weak word often', () => {
    const ranking = rankSections(
      [concept('boss', true), concept('younger')],
      [hit(0, 'busy', 0.9), hit(0, 'younger', 0.3), hit(1, 'younger', 0.9), hit(0, 'other', 0.5)],
    );
    expect(ranking.answered).toBe(true);
    expect(urls(ranking)[0]).toBe('#younger');
    // Sections with only the weak word answer nothing the reader asked.
    expect(urls(ranking)).not.toContain('#other');
  });

  it('ranks a section above its lesson’s opening when both answer the same', () => {
    const ranking = rankSections([concept('hostile')], [hit(0, '', 0.9), hit(0, 'hostile', 0.9)]);
    expect(urls(ranking)).toEqual(['#hostile', '']);
  });

  it('lets a lesson’s search terms lift its own sections above another lesson’s', () => {
    const elsewhere = { url: '/lessons/b/#hostile', pageUrl: '/lessons/b/' };
    const ranking = rankSections(
      [concept('toxic'), concept('hostile')],
      [hit(1, 'hostile', 0.6, elsewhere), hit(0, '', 0.97), hit(1, 'hostile', 0.6)],
    );
    const order = ranking.results.map((r) => r.url);
    expect(order.indexOf('/lessons/a/#hostile')).toBeLessThan(order.indexOf('/lessons/b/#hostile'));
  });

  it('adds up the evidence for one idea from several of its words', () => {
    const ranking = rankSections([concept('raise')], [hit(0, 'one', 0.5), hit(0, 'two', 0.4), hit(0, 'two', 0.4)]);
    expect(urls(ranking)[0]).toBe('#two');
  });

  it('says nothing answers when an idea of the question is nowhere in the guide', () => {
    const ranking = rankSections([concept('file'), concept('taxes')], [hit(0, 'filed', 0.3)]);
    expect(ranking).toMatchObject({ answered: false, unknown: ['taxes'] });
    expect(rankSections([concept('zzqqxx')], [])).toEqual({ answered: false, unknown: ['zzqqxx'], results: [] });
  });

  it('requires weak words only when the question has nothing else', () => {
    expect(rankSections([concept('boss', true)], [hit(0, 'x', 0.5)]).answered).toBe(true);
    expect(rankSections([concept('boss', true), concept('laptop')], [hit(0, 'x', 0.5)]).unknown).toEqual(['laptop']);
  });

  it('shows the description instead of an opening excerpt made of the hidden search terms', () => {
    const ranking = rankSections(
      [concept('toxic')],
      [hit(0, '', 0.97, { excerpt: 'toxic boss, bad boss, difficult boss', terms: 'toxic boss, bad boss, difficult boss' })],
    );
    expect(ranking.results[0]!.excerpt).toBe('What lesson A is about.');
  });

  it('keeps at most `limit` results', () => {
    const hits = Array.from({ length: 9 }, (_, i) => hit(0, `s${i}`, 0.9));
    expect(rankSections([concept('x')], hits, 4).results).toHaveLength(4);
  });
});

describe('pageOrder and pagesToRead', () => {
  const concept = (term: string, weak = false): Concept => ({ term, weak, alternatives: [term] });
  const match = (
    concept: number,
    page: string,
    score: number,
    words: number[] = [50],
    over: Partial<PageMatch> = {},
  ): PageMatch => ({
    concept,
    alternative: `word${concept}`,
    page,
    score,
    words,
    ...over,
  });

  it('puts pages holding more of the required ideas first, then the stronger, a rarer idea weighing more', () => {
    const concepts = [concept('track'), concept('wins')];
    const matches = [match(0, 'a', 2), match(1, 'b', 9), match(0, 'c', 1), match(1, 'c', 1), match(1, 'd', 3)];
    // c holds both; a is the best page for "track" (on two pages), b for "wins" (on three).
    expect(pageOrder(concepts, matches)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('puts first the pages where a required idea is in a heading, from the build’s heading positions', () => {
    const concepts = [concept('wins')];
    const matches = [match(0, 'a', 9, [40]), match(0, 'b', 5, [40]), match(0, 'c', 2, [12, 80])];
    // "wins" at word 12 of page c is inside its heading starting at word 10, three words long.
    expect(pageOrder(concepts, matches, { c: [[10, 3]], a: [[20, 2]] })).toEqual(['c', 'a', 'b']);
  });

  it('scores each page relative to the best of its own search, a synonym’s a little less', () => {
    const synonym = { alternative: 'pay rise', synonym: true };
    const matches = [match(0, 'a', 1, [50], synonym), match(0, 'b', 2, [50], synonym), match(0, 'c', 0.5)];
    expect(pageOrder([concept('raise')], matches)).toEqual(['c', 'b', 'a']);
  });

  it('weighs a weak word little', () => {
    const matches = [match(0, 'a', 100), match(0, 'c', 1), match(1, 'a', 0.5), match(1, 'c', 1)];
    expect(pageOrder([concept('boss', true), concept('raise')], matches)).toEqual(['c', 'a']);
  });

  it('reads the first few pages, then only what a required idea still needs', () => {
    const concepts = [concept('file'), concept('taxes')];
    const matches = [match(0, 'a', 5), match(0, 'b', 4), match(0, 'c', 3), match(1, 'd', 1), match(1, 'e', 0.5)];
    const read = new Set<string>();
    expect(pagesToRead(concepts, matches, read, [], 2)).toEqual(['d', 'a']);
    for (const p of ['d', 'a']) read.add(p);
    // Page d matched "taxes" only by a prefix: no section holds it, so the next page for it is read.
    const hit = {
      concept: 0,
      url: '/a/#x',
      pageUrl: '/a/',
      title: '',
      pageTitle: '',
      description: '',
      terms: '',
      excerpt: '',
      strength: 1,
    };
    expect(pagesToRead(concepts, matches, read, [hit], 2)).toEqual(['e']);
    expect(pagesToRead(concepts, matches, read, [hit, { ...hit, concept: 1 }], 2)).toEqual([]);
    // Every page read: nothing more, whatever is missing.
    expect(pagesToRead(concepts, matches, new Set(['a', 'b', 'c', 'd', 'e']), [hit], 2)).toEqual([]);
  });
});

describe('statusMessage', () => {
  const section = { url: '/a/#b', pageUrl: '/a/', title: 'B', pageTitle: 'A', excerpt: '', covers: 1, score: 1 };
  it('counts the sections that match', () => {
    expect(statusMessage(' raise ', { answered: true, unknown: [], results: [section, section] })).toBe(
      'The 2 sections that match “raise”, best first:',
    );
    expect(statusMessage('pip', { answered: true, unknown: [], results: [section] })).toBe(
      'The section that matches “pip”, best first:',
    );
  });
  it('says plainly when nothing answers, and which words the guide never uses', () => {
    expect(statusMessage('how do I file taxes', { answered: false, unknown: ['taxes'], results: [] })).toBe(
      'Nothing in the guide answers “how do I file taxes”: no lesson mentions “taxes”. These lessons come closest:',
    );
    expect(statusMessage('banana bread', { answered: false, unknown: ['banana', 'bread'], results: [] })).toBe(
      'Nothing in the guide answers “banana bread”: no lesson mentions “banana” or “bread”. These lessons come closest:',
    );
  });
});

describe('renderSection and trimmed', () => {
  const section: RankedSection = {
    url: '/lessons/a/#ask-for-a-raise',
    pageUrl: '/lessons/a/',
    title: 'Ask for a <raise>',
    pageTitle: 'Pay & promotion',
    excerpt: 'whether you call it a raise or a pay rise, timing',
    covers: 1,
    score: 1,
  };
  it('links the heading to its anchor, names the lesson, and marks the excerpt, escaped', () => {
    const html = renderSection(section, ['rais', 'pay']);
    expect(html).toContain('<a class="result-title" href="/lessons/a/#ask-for-a-raise">Ask for a &#60;raise&#62;</a>');
    expect(html).toContain('<p class="result-lesson">In Pay &#38; promotion</p>');
    expect(html).toContain('<p>…whether you call it a <mark>raise</mark> or a <mark>pay</mark> rise, timing…</p>');
  });
  it('calls a lesson’s opening the whole lesson', () => {
    expect(renderSection({ ...section, url: '/lessons/a/' }, [])).toContain('<p class="result-lesson">The whole lesson</p>');
  });
  it('adds an ellipsis only where the excerpt is cut mid-sentence', () => {
    expect(trimmed('Whole sentence.')).toBe('Whole sentence.');
    expect(trimmed('starts midway.')).toBe('…starts midway.');
    expect(trimmed('Stops at a comma,')).toBe('Stops at a comma…');
    expect(trimmed('  ')).toBe('');
  });
});
