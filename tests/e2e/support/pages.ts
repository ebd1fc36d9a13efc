// Every page of the built site, found from dist/ so a new page is tested without editing a list.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}
