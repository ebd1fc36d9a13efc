// The _headers file static hosts read (Netlify, Cloudflare Pages): security headers for every
// path, long immutable caching for files whose names change with their content, and no caching
// for pages and the service worker so a new build reaches readers. Cache rules name each page and
// file exactly rather than relying on wildcards, because hosts join the values of one header set by
// two matching rules (so no Cache-Control on /*). scripts/serve-dist.mjs reads the same file, so `npm start` and the tests see
// what a host would send.
import { headerPolicy } from './csp.mjs';

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * @param {object} o
 * @param {string} o.policy the site's CSP (as in the meta tags)
 * @param {string} o.base Astro's base path, e.g. "/" or "/guide/"
 * @param {string[]} o.pages site paths of the HTML pages, e.g. "/lessons/earn-trust/"
 * @param {string[]} o.hashedFiles site paths (a trailing * for a folder) of files whose names carry a content hash
 * @returns {string}
 */
export function makeHeaders({ policy, base, pages, hashedFiles }) {
  const at = (path) => base.replace(/\/$/, '') + path;
  const rule = (path, headers) => [at(path), ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  return (
    [
      '# Written by scripts/build/headers.mjs at build time; edit that, not this.',
      rule('/*', {
        'Content-Security-Policy': headerPolicy(policy),
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Content-Type-Options': 'nosniff',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      }),
      rule('/_astro/*', { 'Cache-Control': IMMUTABLE }),
      ...hashedFiles.map((f) => rule(f, { 'Cache-Control': IMMUTABLE })),
      ...[...pages, '/sw.js'].map((p) => rule(p, { 'Cache-Control': NO_CACHE })),
    ].join('\n\n') + '\n'
  );
}

/** Rules of a _headers file, in order: { pattern, headers: [name, value][] }. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      if (i < 0 || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

const toRegExp = (pattern) =>
  new RegExp(
    `^${pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );

/** The headers a host would send for `pathname`: every matching rule's, values of a repeated name joined. */
export function headersFor(rules, pathname) {
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
