// The site's internal addresses, built in one place so a change of URL scheme is one edit.
import { href } from './base';

/** A lesson's page, optionally at a section anchor: `/lessons/<slug>/` or `/lessons/<slug>/#<section>`. */
export const lessonHref = (slug: string, section?: string) => href(`/lessons/${slug}/${section ? `#${section}` : ''}`);

/** The knowledge-check questions and answer key of a lesson, fetched when the reader reaches the check. */
export const quizHref = (slug: string) => href(`/lessons/${slug}/quiz.json`);

/** A lesson's checklist items, fetched when the reader reaches its checklist group. */
export const checklistHref = (slug: string) => href(`/lessons/${slug}/checklist.json`);

/** What the plan needs from the guide's content (lessons, checklist, assessment areas), fetched by the home page's short plan. */
export const planContentHref = href('/plan/content.json');
