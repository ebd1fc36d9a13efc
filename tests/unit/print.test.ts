import { describe, expect, it } from 'vitest';
import { demoteHeadings, prefixIds } from '../../src/lib/print';

describe('prefixIds', () => {
  it('prefixes ids and the in-page links that point at them', () => {
    const html = '<h2 id="why-it-matters">Why</h2><p>See <a href="#why-it-matters">above</a>.</p>';
    expect(prefixIds(html, 'earn-trust')).toBe(
      '<h2 id="earn-trust--why-it-matters">Why</h2><p>See <a href="#earn-trust--why-it-matters">above</a>.</p>',
    );
  });

  it('leaves other links alone', () => {
    const html = '<a href="/lessons/a/">A</a> <a href="https://example.com/page#part">B</a> <a href="/lessons/b/#x">C</a>';
    expect(prefixIds(html, 'p')).toBe(html);
  });

  it('does not touch attributes that merely end in id or contain href text', () => {
    const html = '<div data-id="x" aria-describedby="y"><a data-href="#z">q</a></div>';
    expect(prefixIds(html, 'p')).toBe(html);
  });

  it('rewrites every id and anchor link, with attributes in any position', () => {
    const html = '<h3 class="h" id="a">A</h3>\n<h3 id="b">B</h3><a class="x" href="#a">1</a><a href="#b">2</a>';
    expect(prefixIds(html, 'l')).toBe(
      '<h3 class="h" id="l--a">A</h3>\n<h3 id="l--b">B</h3><a class="x" href="#l--a">1</a><a href="#l--b">2</a>',
    );
  });
});

describe('demoteHeadings', () => {
  it('moves each heading down one level, closing tags and attributes included, without cascading', () => {
    expect(demoteHeadings('<h2 id="a" class="x">A</h2><h3>B</h3>')).toBe('<h3 id="a" class="x">A</h3><h4>B</h4>');
    expect(demoteHeadings('<h1>T</h1><h4>D</h4><h5>E</h5>')).toBe('<h2>T</h2><h5>D</h5><h6>E</h6>');
  });

  it('leaves h6 and non-heading tags alone', () => {
    const html = '<h6 id="z">Z</h6><header><hr><p>h2 text</p></header>';
    expect(demoteHeadings(html)).toBe(html);
  });
});
