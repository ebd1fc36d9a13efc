// The fields the toolkit's saved shapes are made of (zod/mini, loaded only by the toolkit's pages).
import { z } from 'zod/mini';

/** A calendar day as the date field gives it: YYYY-MM-DD. */
export const daySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Free text a reader types, capped so one pasted novel cannot fill the browser's storage. */
export const textSchema = (max = 4000) => z.string().check(z.maxLength(max));
