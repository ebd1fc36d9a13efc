// A slot validator from a toolkit schema (zod/mini, loaded only by the toolkit's pages).
import type { z } from 'zod/mini';

/** A validator from a schema: the parsed (rebuilt) value, or null. */
export const validator =
  <S extends z.ZodMiniType>(schema: S) =>
  (data: unknown): z.output<S> | null => {
    const r = schema.safeParse(data);
    return r.success ? r.data : null;
  };
