// Your boss's user manuals: several, each named, one showing; validated by the tool's schema
// (unknown fields dropped), merged answer by answer when two tabs change them.
import { mergeJson } from '../merge';
import type { Slot } from '../store';
import { makeManuals, manualsSchema, type ManualsState } from '../../toolkit/boss-manual';
import { validator } from '../validator';

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
