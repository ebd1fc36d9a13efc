import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { markStems, markText, pagefindQuery, parseQuery, stem } from '../../src/lib/search-query';
import { searchSynonymsSchema, type SearchSynonyms } from '../../src/schemas/search-synonyms';

const lists: SearchSynonyms = {
  stop: ['a', 'for', 'how', 'i', 'is', 'me', 'my', 'over', 'than', 'the', 'to', 'do', 'off', 'what'],
  weak: ['boss', 'ask', 'work', 'go'],
  synonyms: {
    ignore: ['absent', 'no reply'],
    raise: ['pay', 'salary'],
    'passed over': ['promotion'],
    'laid off': ['let go', 'fired'],
    younger: ['newer'],
  },
};
const terms = (q: string) => parseQuery(q, lists).map((c) => c.term);

describe('stem', () => {
  it('gives the forms of a word one stem', () => {
    expect(new Set(['ignore', 'ignores', 'ignored', 'ignoring'].map(stem)).size).toBe(1);
    expect(stem('salaries')).toBe(stem('salary'));
    expect(stem('promotion')).toBe(stem('promoted'));
    expect(stem("boss's")).toBe('boss');
    expect(stem('bosses')).toBe('boss');
    expect(stem('stopped')).toBe(stem('stop'));
  });
  it('leaves short words and words ending in -ss or -us alone', () => {
    expect(stem('pip')).toBe('pip');
    expect(stem('boss')).toBe('boss');
    expect(stem('bonus')).toBe('bonus');
  });
});

describe('parseQuery', () => {
  it('drops stop words, keeping the words that carry the question', () => {
    expect(terms('How do I ask for a raise?')).toEqual(['ask', 'raise']);
    expect(terms('my boss ignores me')).toEqual(['boss', 'ignores']);
  });

  it('brings the guide’s words for a reader’s word, matched by stem', () => {
    const [boss, ignores] = parseQuery('my boss ignores me', lists);
    expect(ignores).toEqual({ term: 'ignores', weak: false, alternatives: ['ignores', 'absent', 'no reply'] });
    expect(boss).toEqual({ term: 'boss', weak: true, alternatives: ['boss'] });
    expect(parseQuery('raised', lists)[0]!.alternatives).toEqual(['raised', 'pay', 'salary']);
  });

  it('reads listed phrases before dropping stop words, so their small words count', () => {
    expect(terms('passed over for promotion')).toEqual(['passed over', 'promotion']);
    expect(parseQuery('I got laid off', lists).find((c) => c.term === 'laid off')).toEqual({
      term: 'laid off',
      weak: false,
      alternatives: ['laid off', 'let go', 'fired'],
    });
  });

  it('merges a word typed twice, and keeps a question made only of stop words', () => {
    expect(terms('raise raise')).toEqual(['raise']);
    expect(terms('what is the')).toEqual(['what', 'is', 'the']);
  });
});

describe('pagefindQuery', () => {
  it('quotes phrases so Pagefind matches them as phrases', () => {
    expect(pagefindQuery('no reply')).toBe('"no reply"');
    expect(pagefindQuery('salary')).toBe('salary');
  });
});

describe('markStems and markText', () => {
  it('marks every searched word in any form, never a stop word, escaping the rest', () => {
    const marks = markStems(parseQuery('how to ask for a raise', lists), lists);
    expect(marks).toEqual(expect.arrayContaining(['ask', stem('raise'), 'pay', 'salary']));
    expect(markText('Ask for a raise <now>, as raises & pay rise', marks)).toBe(
      '<mark>Ask</mark> for a <mark>raise</mark> &#60;now&#62;, as <mark>raises</mark> &#38; <mark>pay</mark> rise',
    );
  });
  it('marks a hyphenated word when one of its parts is searched', () => {
    expect(markText('The credit-taker.', [stem('credit')])).toBe('The <mark>credit-taker</mark>.');
  });
  it('marks only the telling words of a phrase, not its weak ones', () => {
    const marks = markStems(parseQuery('I got laid off', lists), lists);
    expect(marks).toEqual(expect.arrayContaining(['laid', 'let', 'fir']));
    expect(marks).not.toContain('go');
    expect(marks).not.toContain('off');
  });
  it('does not mark words that only start with a searched word', () => {
    expect(markText('updates upward up', ['up'])).toBe('updates upward <mark>up</mark>');
  });
});

describe('the kept list in src/data/search-synonyms.yaml', () => {
  const kept = searchSynonymsSchema.parse(parse(readFileSync('src/data/search-synonyms.yaml', 'utf8')));
  it('fits its schema, and maps the reader words the guide does not use', () => {
    const alternatives = (q: string) => parseQuery(q, kept).flatMap((c) => c.alternatives);
    expect(alternatives('my boss ignores me')).toEqual(expect.arrayContaining(['absent', 'ignored']));
    expect(alternatives('how to ask for a raise')).toEqual(expect.arrayContaining(['pay', 'salary']));
    expect(alternatives('remote manager')).toEqual(expect.arrayContaining(['hybrid', 'boss']));
    expect(alternatives('boss is younger than me')).toEqual(expect.arrayContaining(['newer', 'less experienced']));
    expect(alternatives('I was fired')).toEqual(expect.arrayContaining(['laid off']));
    expect(alternatives('passed over for promotion')).toEqual(expect.arrayContaining(['promoted', 'step up']));
  });
  it('drops the small words of a question and never marks them', () => {
    const concepts = parseQuery('how to ask for a raise', kept);
    expect(concepts.map((c) => c.term)).toEqual(['ask', 'raise']);
    for (const w of ['how', 'to', 'a', 'for', 'and']) expect(markStems(concepts, kept)).not.toContain(w);
  });
  it('lists no stop word as weak or as a synonym key, so no word is both dropped and searched', () => {
    const stop = new Set(kept.stop);
    expect(kept.weak.filter((w) => stop.has(w))).toEqual([]);
    expect(Object.keys(kept.synonyms).filter((k) => stop.has(k))).toEqual([]);
  });
});
