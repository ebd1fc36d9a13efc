// Site-wide names and the main navigation, shared by the header, footer and tests.
import { href } from './base';
export const SITE_TITLE = 'Managing Up';
export const SITE_TAGLINE = 'Build a strong working relationship with your boss, and grow your career with it.';

export const MAIN_NAV = [
  { href: href('/'), label: 'Lessons' },
  { href: href('/assessment/'), label: 'Self-assessment' },
  { href: href('/worksheet/'), label: 'Worksheet' },
  { href: href('/checklist/'), label: 'Checklist' },
  { href: href('/toolkit/'), label: 'Toolkit' },
  { href: href('/my-data/'), label: 'My data' },
] as const;

/** "Page title | Managing Up", or just the site title for the home page. */
export const pageTitle = (title?: string) => (title ? `${title} | ${SITE_TITLE}` : `${SITE_TITLE}: working well with your boss`);
