// The _headers file static hosts read (Netlify, Cloudflare Pages): security headers for every
// path; for each page its own Content-Security-Policy (the one in its meta tag, plus
// frame-ancestors) and no caching, nor for the service worker, so a new build reaches readers;
// long immutable caching for files whose names change with their content. A header is set by one
// rule per path only (never on /* as well), because hosts join the values of a header that two
// matching rules set. scripts/serve-dist.mjs reads the same file, so `npm start` and the tests see
// what a host would send.
import { headerPolicy } from './csp.mjs';

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * @param {object} o
 * @param {string} o.base Astro's base path, e.g. "/" or "/guide/"
 * @param {{ path: string, policy: string }[]} o.pages each HTML page's site path (e.g. "/lessons/earn-trust/") and CSP
 * @param {string[]} o.hashedFiles site paths (a trailing * for a folder) of files whose names carry a content hash
 * @returns {string}
 */
export function makeHeaders({ base, pages, hashedFiles }) {
  /** @param {string} path */
  const at = (path) => base.replace(/\/$/, '') + path;
  /**
   * @param {string} path
   * @param {Record<string, string>} headers
   */
  const rule = (path, headers) => [at(path), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      '# Written by scripts/build/headers.mjs at build time; edit that, not this.',
      rule('/*', {
        // frame-ancestors for the files that are not pages (each page's policy carries its own).
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Content-Type-Options': 'nosniff',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      }),
      rule('/_astro/*', { 'Cache-Control': IMMUTABLE }),
      ...hashedFiles.map((f) => rule(f, { 'Cache-Control': IMMUTABLE })),
      ...pages.map((p) => rule(p.path, { 'Content-Security-Policy': headerPolicy(p.policy), 'Cache-Control': NO_CACHE })),
      rule('/sw.js', { 'Cache-Control': NO_CACHE }),
    ].join('\n\n') + '\n'
  );
}

/** @typedef {{ pattern: string, headers: [string, string][] }} HeaderRule */

/**
 * Rules of a _headers file, in order: { pattern, headers: [name, value][] }.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      if (i < 0 || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1)?.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** @param {string} pattern */
const toRegExp = (pattern) =>
  new RegExp(
    `^${pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );

/**
 * The headers a host would send for `pathname`: every matching rule's, values of a repeated name joined.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Map<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const { pattern, headers } of rules) {
    if (!toRegExp(pattern).test(pathname)) continue;
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}
