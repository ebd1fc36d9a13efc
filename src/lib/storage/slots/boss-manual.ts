// Your boss's user manuals: several, each named, one showing; validated by the tool's schema
// (unknown fields dropped), merged answer by answer when two tabs change them. A text answer both
// tabs changed at once keeps the other tab's text as another version (versions.ts).
import type { Slot } from '../store';
import { makeManuals, manualsSchema, type ManualsState } from '../../toolkit/boss-manual';
import { validator } from '../validator';
import { mergeWithVersions, pruneVersions } from '../versions';

/** The answers that keep another version when two tabs change them at once. */
export const MANUAL_VERSIONS = ['manuals/*/fields/*/value'];
/** Where an answer's other versions are listed. */
export const manualAnswerPath = (manualId: string, fieldId: string) => `manuals/${manualId}/fields/${fieldId}/value`;

export const bossManualSlot: Slot<ManualsState> = {
  name: 'boss-manual',
  label: "your boss's user manuals",
  // v2 adds `otherVersions` (an older page would drop it, so it must see v2 as newer and leave it alone).
  version: 2,
  empty: makeManuals,
  validate: (d) => {
    const v = validator(manualsSchema)(d);
    if (!v) return null;
    return pruneVersions(v.manuals.some((m) => m.id === v.activeId) ? v : { ...v, activeId: v.manuals[0]!.id }, MANUAL_VERSIONS);
  },
  // Per answer, per manual; which manual is showing belongs to this tab; edit times never conflict.
  merge: (base, local, stored) => {
    const m = mergeWithVersions(base, local, stored, {
      arrays: { manuals: (x) => (x as { id: string }).id },
      quiet: ['manuals/updatedAt', 'activeId'],
      versions: MANUAL_VERSIONS,
    });
    const manuals = m.value.manuals.length > 0 ? m.value.manuals : stored.manuals;
    const activeId = manuals.some((x) => x.id === local.activeId) ? local.activeId : manuals[0]!.id;
    return { value: { ...m.value, activeId, manuals }, conflicts: m.conflicts };
  },
  // v2 only adds other versions: v1 data has none.
  migrations: { 1: (old) => old },
};
