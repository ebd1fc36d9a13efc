// Field shapes several content schemas share, written once.
import { z } from 'astro/zod';

/** An id written in kebab-case (lesson headings' anchors, item ids, section ids). */
export const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case');
/** An anchor of a heading in the lesson the entry belongs to (checked against headings in tests). */
export const anchor = kebab;
