// Each page's Content-Security-Policy, finished from the build itself. Astro's security.csp writes
// a policy into every page holding the hashes of every script and style Astro knows of, site-wide
// (its dev-only island script and hashes of external files included), yet it leaves out some
// inline scripts that do reach the HTML (Solid's hydration script, the service worker
// registration). Hashes change with every dependency update, so instead of pasting them into the
// config, this step hashes the inline scripts and styles actually in each built page and gives
// that page exactly those: every inline script runs, nothing else inline can, and the meta tag
// stays small (it is in every page's HTML). _headers sends each page the same policy.
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// Script types the browser runs; data blocks (JSON, JSON-LD) need no hash.
const RUNNABLE = /^(|module|text\/javascript|application\/javascript)$/i;
const HASH = /^'sha(256|384|512)-/;

/**
 * The text of every inline script the browser would run, in document order.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const out = [];
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (RUNNABLE.test(type)) out.push(body);
  }
  return out;
}

/**
 * The text of every <style> element.
 * @param {string} html
 * @returns {string[]}
 */
export const inlineStyles = (html) => [...html.matchAll(STYLE)].map((m) => m[1] ?? '');

/**
 * A CSP hash source for an exact text: 'sha256-…'.
 * @param {string} text
 */
export const sha256Source = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy of a page's CSP meta tag, or null when it has none.
 * @param {string} html
 * @returns {string | null}
 */
export const metaPolicy = (html) => META.exec(html)?.[1] ?? null;

/**
 * "a x y; b z" -> Map { a => [x, y], b => [z] } (order kept, duplicates dropped).
 * @param {string} text
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(text) {
  /** @type {Map<string, string[]>} */
  const policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    policy.set(key, [...new Set([...(policy.get(key) ?? []), ...sources])]);
  }
  return policy;
}

/**
 * The policy as one header/meta value: "a x y; b z".
 * @param {Map<string, string[]>} policy
 */
export const serialisePolicy = (policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * A page's finished policy: Astro's directives and sources, with script-src and style-src hashes
 * replaced by those of the page's own inline scripts and styles. Throws if the page has no policy
 * or a policy would allow inline code wholesale.
 * @param {string} html
 * @param {string} [path] the page's site path, for error messages
 */
export function pagePolicy(html, path = 'page') {
  const text = metaPolicy(html);
  if (text === null) throw new Error(`${path} has no Content-Security-Policy meta tag`);
  const policy = parsePolicy(text);
  const own = { 'script-src': inlineScripts(html), 'style-src': inlineStyles(html) };
  for (const [name, texts] of Object.entries(own)) {
    const sources = (policy.get(name) ?? ["'self'"]).filter((s) => !HASH.test(s));
    if (sources.includes("'unsafe-inline'")) throw new Error(`${path}: ${name} must not allow 'unsafe-inline'`);
    policy.set(name, [...new Set([...sources, ...texts.map(sha256Source)])]);
  }
  return serialisePolicy(policy);
}

/**
 * The page with its CSP meta tag set to `policy`.
 * @param {string} html
 * @param {string} policy
 */
export function withPolicy(html, policy) {
  if (!META.test(html)) throw new Error('page has no Content-Security-Policy meta tag');
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/**
 * The policy a host sends as a header: the meta policy plus what only a header can say
 * (browsers ignore frame-ancestors in a meta tag).
 * @param {string} policy
 */
export const headerPolicy = (policy) => `${policy}; frame-ancestors 'none'`;
