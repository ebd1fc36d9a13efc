import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading';

describe('countWords', () => {
  it('counts plain prose', () => {
    expect(countWords('One two three four.')).toBe(4);
    expect(countWords('  spaced\n\nout\twords  ')).toBe(3);
    expect(countWords('')).toBe(0);
  });

  it('ignores frontmatter', () => {
    const mdx = ['---', 'title: "A long title with many words in it"', 'order: 3', '---', '', 'Five words of real prose.'].join(
      '\n',
    );
    expect(countWords(mdx)).toBe(5);
  });

  it('ignores frontmatter with Windows line endings', () => {
    expect(countWords('---\r\ntitle: Lots of title words here\r\n---\r\nJust three words')).toBe(3);
  });

  it('ignores component tags and their attributes but keeps the prose inside', () => {
    const mdx =
      '<Say label="Offering to take a recurring task off your boss">\n\nI can help.\n\n</Say>\n\n<Figure src="/a.png" alt="many alt words here" />';
    expect(countWords(mdx)).toBe(3);
  });

  it('counts link text but not link URLs', () => {
    expect(countWords('See [Earn trust](/lessons/earn-trust/) first.')).toBe(4);
    expect(countWords('[text](https://example.com/a very long url)')).toBe(1);
  });

  it('ignores Markdown syntax that is not words', () => {
    expect(countWords('## Heading here\n\n- one\n- two\n\n> quoted **bold** _it_\n\n| a | b |\n|---|---|')).toBe(9);
    expect(countWords('---')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(329)).toBe(1);
  });
  it('rounds words at 220 a minute', () => {
    expect(readingMinutes(330)).toBe(2);
    expect(readingMinutes(440)).toBe(2);
    expect(readingMinutes(2200)).toBe(10);
    expect(readingMinutes(2309)).toBe(10);
    expect(readingMinutes(2310)).toBe(11);
  });
});
