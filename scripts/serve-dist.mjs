// Serves the built site (dist/) on 127.0.0.1 the way a static host would: 404 page included, the
// headers of dist/_headers (the file Netlify and Cloudflare Pages read) on every response, and text
// files compressed (brotli or gzip, as the browser accepts), as every common host does.
// Used by the browser tests, the benchmark and `npm start` (run directly: node scripts/serve-dist.mjs [dir] [port] [base]).
// With a base (e.g. /guide/, for a build with BASE_PATH) the site is served under it, as a GitHub
// Pages project site would be, and anything outside it is a bare 404.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { headersFor, parseHeaders } from './build/headers.mjs';

/** Text a host compresses, with its type; Pagefind's index, fragments and wasm come compressed already, images are. */
const COMPRESSIBLE = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.svg', 'image/svg+xml'],
  ['.xml', 'application/xml'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.webmanifest', 'application/manifest+json'],
]);

/** The file sirv would serve for a path (a folder's index.html, or the path with .html), if any. */
function fileFor(/** @type {string} */ root, /** @type {string} */ pathname) {
  const tries = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
  for (const t of tries) {
    const file = join(root, t);
    if (file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return undefined;
}

/**
 * @param {string} [dir] the built site
 * @param {{ port?: number, headers?: boolean, base?: string, compress?: boolean }} [options] port 0 picks a free one; headers: false ignores _headers;
 *   base: the path the site is served under ("/" or "/guide/"); compress: false sends every file as it is on disk
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(dir = 'dist', { port = 0, headers = true, base = '/', compress = true } = {}) {
  const root = resolve(dir);
  /** Compressed bodies, once per file version and encoding: brotli at its best and gzip -9, as a host caches them. @type {Map<string, Buffer>} */
  const compressed = new Map();
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
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const file = compress && encoding && !req.headers.range ? fileFor(root, pathname.slice(prefix.length) || '/') : undefined;
    const type = file && COMPRESSIBLE.get(extname(file));
    if (file && encoding && type) {
      const { size, mtimeMs } = statSync(file);
      const etag = `W/"${size}-${Math.round(mtimeMs)}-${encoding}"`;
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('ETag', etag);
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304);
        res.end();
        return;
      }
      const key = `${file}|${mtimeMs}|${encoding}`;
      let body = compressed.get(key);
      if (!body) {
        const raw = readFileSync(file);
        body =
          encoding === 'br'
            ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(raw, { level: 9 });
        compressed.set(key, body);
      }
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
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
