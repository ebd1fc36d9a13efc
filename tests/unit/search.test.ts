import { describe, expect, it } from 'vitest';
import { renderResult, type PagefindData, type PagefindSub } from '../../src/lib/search';

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
