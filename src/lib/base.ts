// Every address the site writes for itself goes through here, so the guide works at the root of a
// domain and under a sub-path alike (Astro's `base`, e.g. https://example.com/guide/). Source files
// write site paths from the root ("/lessons/earn-trust/") and wrap them in href();
// tests/unit/base.test.ts fails on a root path written any other way.

/** `path`, written from the site root, under `base` ("/", "/guide" or "/guide/"). */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`not a site path: ${path}`);
  return base.replace(/\/*$/, '/') + path.slice(1);
}

/** `path` under the base this build serves the site from (import.meta.env.BASE_URL). */
export const href = (path: string) => withBase(path, import.meta.env.BASE_URL);

/** A link as written in lesson content: root paths get the base, anchors and other sites stay as they are. */
export const contentHref = (to: string, base: string) => (to.startsWith('/') && !to.startsWith('//') ? withBase(to, base) : to);
