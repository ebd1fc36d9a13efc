// Serves the built site (dist/) on 127.0.0.1 the way a static host would, 404 page included.
// Used by the browser tests and by the benchmark.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function serveDist(dir = 'dist') {
  const notFound = readFileSync(join(dir, '404.html'));
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server = createServer((req, res) =>
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}
