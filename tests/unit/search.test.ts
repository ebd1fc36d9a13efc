import { describe, expect, it } from 'vitest';
import {
  markQuery,
  promoteTermMatches,
  queryWords,
  renderResult,
  renderSuggestion,
  showsTerms,
  statusMessage,
  stripHeading,
  suggestLessons,
  type LessonHint,
  type PagefindData,
  type PagefindSub,
} from '../../src/lib/search';

const sub = (n: number, url = `/lessons/a/#s${n}`): PagefindSub => ({
  title: `Section ${n}`,
  url,
  excerpt: `sub <mark>excerpt</mark> ${n}`,
});
const result = (over: Partial<PagefindData> = {}): PagefindData => ({
  url: '/lessons/a/',
  excerpt: 'how to <mark>earn</mark> trust',
  meta: { title: 'Earn trust' },
  ...over,
});
const subLinks = (html: string) => [...html.matchAll(/<ul class="subs">.*<\/ul>/gs)].join('').match(/href="[^"]*"/g) ?? [];

describe('renderResult', () => {
  it('links the title to the page and keeps the excerpt HTML', () => {
    const html = renderResult(result());
    expect(html).toContain('<a class="result-title" href="/lessons/a/">Earn trust</a>');
    expect(html).toContain('<p>how to <mark>earn</mark> trust</p>');
    expect(html).not.toContain('class="subs"');
  });

  it('escapes the title and URL', () => {
    const html = renderResult(result({ url: '/x/?a=1&b="2"', meta: { title: '<script>alert("hi")</script> & co' } }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;hi&#34;)&#60;/script&#62; &#38; co');
    expect(html).toContain('href="/x/?a=1&#38;b=&#34;2&#34;"');
  });

  it('falls back to the URL, escaped, when there is no title', () => {
    expect(renderResult(result({ url: '/a/<b>', meta: {} }))).toContain('href="/a/&#60;b&#62;">/a/&#60;b&#62;</a>');
  });

  it('lists at most four sub-results, keeping their excerpt HTML and escaping their titles', () => {
    const subs = [1, 2, 3, 4, 5, 6].map((n) => sub(n));
    subs[0] = { ...subs[0]!, title: '<img src=x onerror=alert(1)>' };
    const html = renderResult(result({ sub_results: subs }));
    expect(subLinks(html)).toEqual([
      'href="/lessons/a/#s1"',
      'href="/lessons/a/#s2"',
      'href="/lessons/a/#s3"',
      'href="/lessons/a/#s4"',
    ]);
    expect(html).toContain('sub <mark>excerpt</mark> 4');
    expect(html).not.toContain('Section 5');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('skips sub-results that are the page itself or have no anchor', () => {
    const html = renderResult(
      result({ sub_results: [sub(1, '/lessons/a/'), sub(2, '/lessons/b/'), sub(3), sub(4, '/lessons/a/#s4')] }),
    );
    expect(subLinks(html)).toEqual(['href="/lessons/a/#s3"', 'href="/lessons/a/#s4"']);
  });

  it('skips filtered sub-results before taking four', () => {
    const subs = [sub(1, '/lessons/a/'), sub(2, '/lessons/a/'), ...[3, 4, 5, 6, 7].map((n) => sub(n))];
    expect(subLinks(renderResult(result({ sub_results: subs })))).toHaveLength(4);
    expect(renderResult(result({ sub_results: subs }))).toContain('Section 6');
  });

  it('omits the sub-list when nothing is left after filtering', () => {
    expect(renderResult(result({ sub_results: [sub(1, '/lessons/a/')] }))).not.toContain('<ul');
  });
});

describe('renderResult: excerpts without repeated headings or search terms', () => {
  it('drops the heading a section excerpt starts with, keeping the rest of its marks', () => {
    const html = renderResult(
      result({
        sub_results: [
          {
            title: 'Why this relationship matters',
            url: '/lessons/a/#why',
            excerpt: 'Why this <mark>relationship</mark> matters. Your <mark>manager</mark> may be',
          },
        ],
      }),
    );
    expect(html).toContain('<p>Your <mark>manager</mark> may be</p>');
    expect(html).not.toMatch(/<p>[^<]*Why this/);
  });

  it('leaves out the paragraph when a section excerpt is only its heading', () => {
    const html = renderResult(
      result({
        sub_results: [{ title: 'Five hard bosses', url: '/lessons/a/#five', excerpt: 'Five hard <mark>bosses.</mark>' }],
      }),
    );
    expect(html).toContain('<li><a href="/lessons/a/#five">Five hard bosses</a></li>');
  });

  it('shows the marked description instead of an excerpt made of the hidden search terms', () => {
    const html = renderResult(
      result({
        excerpt: "won't change. <mark>toxic</mark> <mark>boss,</mark> bad <mark>boss,</mark> difficult boss",
        meta: {
          title: 'Hard bosses',
          description: 'What to do when your boss is hostile & unfair.',
          terms: 'toxic boss, bad boss, difficult boss, HR',
        },
      }),
      'toxic boss',
    );
    expect(html).toContain('<p>What to do when your <mark>boss</mark> is hostile &#38; unfair.</p>');
    expect(html).not.toContain('difficult boss');
  });
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

describe('queryWords and markQuery', () => {
  it('splits a query into distinct lower-case words, apostrophes kept inside words', () => {
    expect(queryWords("  My boss's  BOSS, boss’s  toxic! ")).toEqual(['my', "boss's", 'boss', 'toxic']);
  });
  it('marks words a query word starts, escaping the rest', () => {
    expect(markQuery('Bosses <b> and a boss', 'boss')).toBe('<mark>Bosses</mark> &#60;b&#62; and a <mark>boss</mark>');
    expect(markQuery('a to b', 'a')).toBe('<mark>a</mark> to b');
  });
});

describe('statusMessage', () => {
  it('counts the matches when every word matched', () => {
    expect(statusMessage('feedback', 3, [])).toBe('3 lessons match “feedback”.');
    expect(statusMessage(' harassment ', 1, [])).toBe('1 lesson matches “harassment”.');
  });
  it('says which words matched nothing instead of claiming the whole query matched', () => {
    expect(statusMessage('toxic boss', 7, ['toxic'])).toBe(
      'No lesson mentions “toxic”. Showing the 7 lessons that mention “boss”.',
    );
    expect(statusMessage('awful toxic boss pay', 1, ['awful', 'toxic'])).toBe(
      'No lesson mentions “awful” or “toxic”. Showing the 1 lesson that mentions “boss” and “pay”.',
    );
  });
  it('offers lessons when nothing matched', () => {
    expect(statusMessage('zzqqxx', 0, [])).toBe('No lessons mention “zzqqxx”. These lessons are good places to start:');
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

describe('promoteTermMatches', () => {
  const r = (url: string, terms?: string) => ({ url, meta: { terms } });
  it('puts results listing the whole query as a search term first, keeping the order otherwise', () => {
    const results = [r('a', 'bad news, mistake'), r('b'), r('c', 'toxic boss, bad boss'), r('d', 'Bad  Boss')];
    expect(promoteTermMatches(results, '  bad BOSS ').map((x) => x.url)).toEqual(['c', 'd', 'a', 'b']);
  });
  it('needs the whole query, not a part of a term or of the query', () => {
    const results = [r('a', 'boss'), r('b', 'bad boss behaviour')];
    expect(promoteTermMatches(results, 'bad boss').map((x) => x.url)).toEqual(['a', 'b']);
  });
});
