// Serves the built site (dist/) on 127.0.0.1 the way a static host would: 404 page included, and
// the headers of dist/_headers (the file Netlify and Cloudflare Pages read) on every response.
// Used by the browser tests, the benchmark and `npm start` (run directly: node scripts/serve-dist.mjs [dir] [port] [base]).
// With a base (e.g. /guide/, for a build with BASE_PATH) the site is served under it, as a GitHub
// Pages project site would be, and anything outside it is a bare 404.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './build/headers.mjs';

/**
 * @param {string} [dir] the built site
 * @param {{ port?: number, headers?: boolean, base?: string }} [options] port 0 picks a free one; headers: false ignores _headers;
 *   base: the path the site is served under ("/" or "/guide/")
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(dir = 'dist', { port = 0, headers = true, base = '/' } = {}) {
  const prefix = base.replace(/\/*$/, '');
  const notFound = readFileSync(join(dir, '404.html'));
  const headersFile = join(dir, '_headers');
  const rules = headers && existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (prefix && pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not under the base path');
      return;
    }
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    if (prefix) req.url = (req.url ?? '/').slice(prefix.length) || '/';
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const base = process.argv[4] ?? '/';
  const { url } = await serveDist(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 4321), base });
  console.log(`Serving ${process.argv[2] ?? 'dist'}/ with its _headers at ${url}${base.replace(/\/*$/, '/')} (Ctrl+C to stop)`);
}
