// The build's Content-Security-Policy step (scripts/build/csp.mjs) and the _headers file
// (scripts/build/headers.mjs): each page allows exactly its own inline scripts and styles by hash,
// nothing inline is allowed wholesale, and each page's meta tag and _headers carry the same policy.
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  headerPolicy,
  inlineScripts,
  metaPolicy,
  parsePolicy,
  serialisePolicy,
  sha256Source,
  inlineStyles,
  pagePolicy,
  withPolicy,
} from '../../scripts/build/csp.mjs';
import { IMMUTABLE, NO_CACHE, headersFor, makeHeaders, parseHeaders } from '../../scripts/build/headers.mjs';
import { registration, withRegistration } from '../../scripts/build/service-worker.mjs';

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const page = (policy: string, body: string) => `<!doctype html><html><head>${meta(policy)}</head><body>${body}</body></html>`;
const ASTRO = "object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";
const hydration = 'window._$HY||(e=>{e.done=true})(window._$HY={})';

describe('inline scripts', () => {
  test('finds the scripts a browser would run, not external or data scripts', () => {
    const html =
      `<script>${hydration}</script><script type="module">import("/x.js")</script>` +
      '<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="text/javascript">go()</script>';
    expect(inlineScripts(html)).toEqual([hydration, 'import("/x.js")', 'go()']);
  });

  test('hashes exactly what the browser hashes: the script text, UTF-8, base64 SHA-256', () => {
    const expected = createHash('sha256').update('alert("é")', 'utf8').digest('base64');
    expect(sha256Source('alert("é")')).toBe(`'sha256-${expected}'`);
  });
});

describe("a page's policy", () => {
  test("keeps Astro's directives and sources, and hashes exactly the page's own inline scripts and styles", () => {
    const html = page(ASTRO, `<style>a{b:c}</style><script>${hydration}</script><script src="/x.js"></script>`);
    const policy = parsePolicy(pagePolicy(html));
    // Astro's 'sha256-AAA=' (a script this page does not have) goes; Solid's hydration script, which Astro left out, comes in.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", sha256Source(hydration)]);
    expect(policy.get('style-src')).toEqual(["'self'", sha256Source('a{b:c}')]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  test('a page without inline code allows none', () => {
    const policy = parsePolicy(pagePolicy(page(ASTRO, '<p>only text</p>')));
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });

  test('the same script twice is hashed once', () => {
    const policy = pagePolicy(page(ASTRO, `<script>${hydration}</script><script>${hydration}</script>`));
    expect(policy.split(sha256Source(hydration)).length).toBe(2);
  });

  test("refuses a page without a policy, and any 'unsafe-inline' for scripts or styles", () => {
    expect(() => pagePolicy('<html><head></head></html>', '/x/')).toThrow('/x/ has no Content-Security-Policy');
    expect(() => pagePolicy(page("style-src 'self' 'unsafe-inline'", ''))).toThrow('unsafe-inline');
    expect(() => pagePolicy(page("script-src 'unsafe-inline'", ''))).toThrow('unsafe-inline');
  });

  test('finds <style> elements', () => {
    expect(inlineStyles('<style>a{}</style><p style="x"></p><style media="print">b{}</style>')).toEqual(['a{}', 'b{}']);
  });

  test('parse and serialise round-trip, merging a repeated directive', () => {
    const policy = parsePolicy("default-src 'self'; img-src 'self' data:;; img-src data: blob:");
    expect(serialisePolicy(policy)).toBe("default-src 'self'; img-src 'self' data: blob:");
  });
});

describe('the meta tag and _headers agree', () => {
  const pages = [
    { path: '/', html: page(ASTRO, `<script>${hydration}</script>`) },
    { path: '/lessons/a/', html: page(ASTRO, '<p>read</p>') },
  ].map((p) => ({ ...p, policy: pagePolicy(p.html, p.path) }));
  const headers = parseHeaders(makeHeaders({ base: '/', pages, hashedFiles: ['/pagefind/index/*'] }));

  test("each page's meta tag gets its policy, and its header the same policy plus frame-ancestors, once", () => {
    for (const p of pages) {
      const written = withPolicy(p.html, p.policy);
      expect(metaPolicy(written)).toBe(p.policy);
      expect(headersFor(headers, p.path).get('content-security-policy')).toBe(`${metaPolicy(written)}; frame-ancestors 'none'`);
    }
    expect(headerPolicy('a')).toBe("a; frame-ancestors 'none'");
  });

  test('security headers everywhere; pages and the worker never cached; hashed files cached for good', () => {
    const at = (path: string) => headersFor(headers, path);
    for (const path of ['/', '/lessons/a/', '/_astro/x.js', '/sw.js']) {
      expect(at(path).get('x-content-type-options')).toBe('nosniff');
      expect(at(path).get('x-frame-options')).toBe('DENY');
      expect(at(path).get('referrer-policy')).toBeTruthy();
      expect(at(path).get('permissions-policy')).toContain('camera=()');
    }
    expect(at('/').get('cache-control')).toBe(NO_CACHE);
    expect(at('/lessons/a/').get('cache-control')).toBe(NO_CACHE);
    expect(at('/sw.js').get('cache-control')).toBe(NO_CACHE);
    // One rule per header name and path, so hosts never join two values.
    expect(at('/_astro/x.js').get('cache-control')).toBe(IMMUTABLE);
    expect(at('/pagefind/index/en_1.pf_index').get('cache-control')).toBe(IMMUTABLE);
    expect(at('/pagefind/pagefind.js').get('cache-control')).toBeUndefined();
  });

  test('under a sub-path every rule moves with the site', () => {
    const sub = parseHeaders(makeHeaders({ base: '/guide/', pages, hashedFiles: [] }));
    expect(sub.map((r) => r.pattern)).toEqual(['/guide/*', '/guide/_astro/*', '/guide/', '/guide/lessons/a/', '/guide/sw.js']);
    expect(headersFor(sub, '/guide/lessons/a/').get('cache-control')).toBe(NO_CACHE);
    expect(headersFor(sub, '/lessons/a/').size).toBe(0);
  });

  test('reads the _headers format: comments, splats, placeholders; unreadable lines are errors', () => {
    const rules = parseHeaders('# note\n/a/*\n  X-A: 1\n/b/:id/c\n  X-B: 2\n');
    expect(headersFor(rules, '/a/deep/file.js').get('x-a')).toBe('1');
    expect(headersFor(rules, '/b/42/c').get('x-b')).toBe('2');
    expect(headersFor(rules, '/b/4/2/c').has('x-b')).toBe(false);
    expect(() => parseHeaders('/a\n  no colon here\n')).toThrow('cannot read');
  });
});

describe('the service worker registration', () => {
  test("goes only on pages that already run script, once, joined to the page's first inline script", () => {
    const withScript = page(ASTRO, '<script>x()</script><script>y()</script>');
    const once = withRegistration(withScript, '/');
    expect(once).toContain(`<script>x();${registration('/')}</script><script>y()</script>`);
    expect(withRegistration(once, '/')).toBe(once);
    const moduleOnly = page(ASTRO, '<script type="module" src="/_astro/a.js"></script>');
    expect(withRegistration(moduleOnly, '/')).toContain(`<script>${registration('/')}</script></body>`);
    const readOnly = page(ASTRO, '<p>only text</p>');
    expect(withRegistration(readOnly, '/')).toBe(readOnly);
  });

  test('registers the worker and loads the update note under the site base', () => {
    expect(registration('/guide/')).toContain('register("/guide/sw.js"+(navigator.connection?.saveData?"?save-data":""))');
    expect(registration('/guide/')).toContain('import("/guide/sw-update.js")');
  });
});

// The built site itself, when there is one (`npm test` builds first).
describe.skipIf(!existsSync('dist/_headers'))('the built site', () => {
  test('every page carries the policy that _headers sends it, allowing exactly its inline scripts', async () => {
    const { builtPages } = await import('../e2e/support/pages');
    const rules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
    for (const path of builtPages()) {
      const file = path === '/404.html' ? 'dist/404.html' : `dist${path}index.html`;
      const html = readFileSync(file, 'utf8');
      const policy = metaPolicy(html)!;
      expect(headersFor(rules, path).get('content-security-policy'), path).toBe(headerPolicy(policy));
      const hashes = parsePolicy(policy)
        .get('script-src')!
        .filter((s: string) => s.startsWith("'sha"));
      expect(hashes.sort(), path).toEqual([...new Set(inlineScripts(html).map(sha256Source))].sort());
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });
});
