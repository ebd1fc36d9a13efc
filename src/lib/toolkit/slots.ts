// The toolkit's saved slots: the boss manuals and the bad-news drafts, each in its own key,
// versioned, validated by its zod schema (unknown fields dropped), merged field by field when two
// tabs change them. Listed in ALL_SLOTS (src/lib/slots.ts), so export, import and My data carry them.
import type { z } from 'zod/mini';
import { mergeJson } from '../merge';
import type { Slot } from '../storage';
import { draftsSchema, makeDrafts, type DraftsState } from './bad-news';
import { makeManuals, manualsSchema, type ManualsState } from './boss-manual';

/** A validator from a schema: the parsed (rebuilt) value, or null. */
const validator =
  <S extends z.ZodMiniType>(schema: S) =>
  (data: unknown): z.output<S> | null => {
    const r = schema.safeParse(data);
    return r.success ? r.data : null;
  };

export const bossManualSlot: Slot<ManualsState> = {
  name: 'boss-manual',
  label: "your boss's user manuals",
  version: 1,
  empty: makeManuals,
  validate: (d) => {
    const v = validator(manualsSchema)(d);
    if (!v) return null;
    return v.manuals.some((m) => m.id === v.activeId) ? v : { ...v, activeId: v.manuals[0]!.id };
  },
  // Per answer, per manual; which manual is showing belongs to this tab; edit times never conflict.
  merge: (base, local, stored) => {
    const m = mergeJson(base, local, stored, {
      arrays: { manuals: (x) => (x as { id: string }).id },
      quiet: ['manuals/updatedAt', 'activeId'],
    });
    const manuals = m.value.manuals.length > 0 ? m.value.manuals : stored.manuals;
    const activeId = manuals.some((x) => x.id === local.activeId) ? local.activeId : manuals[0]!.id;
    return { value: { activeId, manuals }, conflicts: m.conflicts };
  },
};

export const badNewsSlot: Slot<DraftsState> = {
  name: 'bad-news',
  label: 'your bad-news drafts',
  version: 1,
  empty: makeDrafts,
  validate: (d) => {
    const v = validator(draftsSchema)(d);
    if (!v) return null;
    return v.drafts.some((x) => x.id === v.activeId) ? v : { ...v, activeId: v.drafts[0]!.id };
  },
  // Per step and per option side, per draft; the showing draft belongs to this tab.
  merge: (base, local, stored) => {
    const id = (x: unknown) => (x as { id: string }).id;
    const m = mergeJson(base, local, stored, {
      arrays: { drafts: id, 'drafts/options': id },
      quiet: ['drafts/updatedAt', 'activeId'],
    });
    const drafts = m.value.drafts.length > 0 ? m.value.drafts : stored.drafts;
    const activeId = drafts.some((x) => x.id === local.activeId) ? local.activeId : drafts[0]!.id;
    return { value: { activeId, drafts }, conflicts: m.conflicts };
  },
};
