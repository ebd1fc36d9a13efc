// The site's Content-Security-Policy, finished from the build itself. Astro's security.csp writes a
// policy into every page with the hashes of the scripts and styles Astro knows about, but some
// inline scripts reach the HTML without Astro hashing them (Solid's hydration script, the service
// worker registration). Hashes change with every dependency update, so instead of pasting them
// into the config, this step hashes every inline script actually present in dist/ and makes sure
// each one is allowed, giving every page the same policy (the one _headers sends too).
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Script types the browser runs; data blocks (JSON, JSON-LD) need no hash.
const RUNNABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/** The text of every inline script the browser would run, in document order. */
export function inlineScripts(html) {
  const out = [];
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (RUNNABLE.test(type)) out.push(body);
  }
  return out;
}

/** A CSP hash source for a script's exact text: 'sha256-…'. */
export const sha256Source = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of a page's CSP meta tag, or null when it has none. */
export const metaPolicy = (html) => META.exec(html)?.[1] ?? null;

/** "a x y; b z" -> Map { a => [x, y], b => [z] } (order kept, duplicates dropped). */
export function parsePolicy(text) {
  const policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
  }
  return policy;
}

/** The policy as one header/meta value: "a x y; b z". */
export const serialisePolicy = (policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * The one policy for the whole site: every page's meta policy merged, plus a hash for each inline
 * script found on any page. Throws if a page has no policy, or a policy would allow inline code.
 * @param {{ path: string, html: string }[]} pages
 */
export function sitePolicy(pages) {
  const merged = new Map();
  for (const { path, html } of pages) {
    const text = metaPolicy(html);
    if (text === null) throw new Error(`${path} has no Content-Security-Policy meta tag`);
    for (const [name, sources] of parsePolicy(text)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    const scriptSrc = merged.get('script-src') ?? ["'self'"];
    merged.set('script-src', [...new Set([...scriptSrc, ...inlineScripts(html).map(sha256Source)])]);
  }
  for (const name of ['script-src', 'style-src']) {
    if (merged.get(name)?.includes("'unsafe-inline'")) throw new Error(`${name} must not allow 'unsafe-inline'`);
  }
  return serialisePolicy(merged);
}

/** The page with its CSP meta tag set to `policy`. */
export function withPolicy(html, policy) {
  if (!META.test(html)) throw new Error('page has no Content-Security-Policy meta tag');
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/**
 * The policy a host sends as a header: the meta policy plus what only a header can say
 * (browsers ignore frame-ancestors in a meta tag).
 */
export const headerPolicy = (policy) => `${policy}; frame-ancestors 'none'`;
