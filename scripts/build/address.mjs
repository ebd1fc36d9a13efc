// Where the site will be published, from the environment, for astro.config.mjs and the build
// scripts: SITE_URL (its public address, e.g. https://example.com/guide/) turns on canonical links,
// og:url, the sitemap and robots.txt's Sitemap line; BASE_PATH (e.g. /guide) serves it under a
// sub-path, taken from SITE_URL's path when not given; OUT_DIR builds elsewhere than dist/.

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string | undefined, base: string, outDir: string }}
 */
export function siteAddress(env) {
  const raw = env.SITE_URL?.trim();
  const url = raw ? new URL(raw) : undefined;
  if (url && !/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must be an http(s) address: ${raw}`);
  const path = env.BASE_PATH?.trim() || url?.pathname || '/';
  const base = `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site: url?.origin, base, outDir: env.OUT_DIR?.trim() || 'dist' };
}

/**
 * robots.txt: everything allowed, and where the sitemap is when the site's address is known.
 * @param {string | undefined} site the site's origin, e.g. https://example.com
 * @param {string} base "/" or "/guide/"
 */
export const robotsTxt = (site, base) =>
  `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(`${base}sitemap-index.xml`, site).href}\n` : ''}`;
