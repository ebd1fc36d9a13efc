// What a page tells the apps it is shared in (chat, LinkedIn, search engines): OpenGraph and Twitter
// tags, its card image, and, only when the site's public address is known (SITE_URL), its
// canonical link and og:url. Pure, so the rules are unit-tested; src/components/ShareTags.astro
// writes them into each page's head.
import { withBase } from './base';

/** The size every card image is drawn at (src/pages/cards/), the one most sharing apps crop to. */
export const CARD = { width: 1200, height: 630 } as const;

/** A page that gets a card of its own: a lesson or a tool. */
export interface CardPage {
  /** The page's site path from the root, e.g. "/lessons/earn-trust/". */
  path: string;
  title: string;
  /** The small line above the title on the card, e.g. "Lesson 3 of 8". */
  eyebrow: string;
}

/** The card image of a page with a card of its own, from the root: /lessons/earn-trust/ -> /cards/lessons/earn-trust.png. */
export const cardPath = (pagePath: string) => `/cards/${pagePath.replace(/^\/|\/$/g, '')}.png`;

/** The card every other page shares. */
export const SITE_CARD = '/cards/site.png';

/** The site path of a page from its URL path: the base taken off ("/guide/lessons/x/" -> "/lessons/x/"). */
export function sitePath(pathname: string, base: string): string {
  const b = base.replace(/\/*$/, '/');
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

export interface ShareInput {
  /** og:title: the page's own title (the site's for the home page). */
  title: string;
  description: string;
  /** The page's site path from the root ("/lessons/earn-trust/"). */
  path: string;
  /** The site's origin when SITE_URL is set. */
  site: string | undefined;
  base: string;
  /** Lessons are articles; every other page is part of the website. */
  type: 'article' | 'website';
  /** The card image's site path from the root, and what it shows. */
  image: { path: string; alt: string };
}

export interface Tag {
  property?: string;
  name?: string;
  content: string;
}

/**
 * The page's sharing tags and canonical address. Without the site's address the canonical link
 * and og:url are left out, and og:image is written from the base (most scrapers want an absolute
 * URL, so set SITE_URL for a real publication).
 */
export function shareTags(i: ShareInput): { canonical: string | undefined; tags: Tag[] } {
  const at = (path: string) => (i.site ? new URL(withBase(path, i.base), i.site).href : withBase(path, i.base));
  const canonical = i.site ? at(i.path) : undefined;
  return {
    canonical,
    tags: [
      { property: 'og:title', content: i.title },
      { property: 'og:description', content: i.description },
      { property: 'og:type', content: i.type },
      ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
      { property: 'og:image', content: at(i.image.path) },
      { property: 'og:image:width', content: String(CARD.width) },
      { property: 'og:image:height', content: String(CARD.height) },
      { property: 'og:image:alt', content: i.image.alt },
      { name: 'twitter:card', content: 'summary_large_image' },
    ],
  };
}

/**
 * A lesson's structured data (schema.org LearningResource, part of the guide as a Course), as the
 * text of its application/ld+json block: data, not script, so the CSP has nothing to allow.
 */
export function learningResource(o: {
  title: string;
  description: string;
  minutes: number;
  /** The lesson's and the guide's absolute addresses, when the site's address is set. */
  url: string | undefined;
  guideUrl: string | undefined;
  guide: string;
}): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: o.title,
    description: o.description,
    inLanguage: 'en',
    learningResourceType: 'lesson',
    isAccessibleForFree: true,
    timeRequired: `PT${o.minutes}M`,
    ...(o.url ? { url: o.url } : {}),
    isPartOf: { '@type': 'Course', name: o.guide, ...(o.guideUrl ? { url: o.guideUrl } : {}) },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
