// The bad-news brief's drafts: several, each named, one showing; validated by the tool's schema
// (unknown fields dropped), merged step by step and option by option when two tabs change them. A
// text both tabs changed at once keeps the other tab's text as another version (versions.ts).
import type { Slot } from '../store';
import { draftsSchema, makeDrafts, type DraftsState } from '../../toolkit/bad-news';
import { validator } from '../validator';
import { mergeWithVersions, pruneVersions } from '../versions';

/** The texts that keep another version when two tabs change them at once. */
export const DRAFT_VERSIONS = [
  'drafts/*/steps/*',
  'drafts/*/reason',
  'drafts/*/options/*/what',
  'drafts/*/options/*/pros',
  'drafts/*/options/*/cons',
];
/** Where a draft's text field lists its other versions ("steps/happened", "reason", "options/a/what"). */
export const draftPath = (draftId: string, field: string) => `drafts/${draftId}/${field}`;

export const badNewsSlot: Slot<DraftsState> = {
  name: 'bad-news',
  label: 'your bad-news drafts',
  // v2 adds `otherVersions` (an older page would drop it, so it must see v2 as newer and leave it alone).
  version: 2,
  empty: makeDrafts,
  validate: (d) => {
    const v = validator(draftsSchema)(d);
    if (!v) return null;
    return pruneVersions(v.drafts.some((x) => x.id === v.activeId) ? v : { ...v, activeId: v.drafts[0]!.id }, DRAFT_VERSIONS);
  },
  // Per step and per option side, per draft; the showing draft belongs to this tab.
  merge: (base, local, stored) => {
    const id = (x: unknown) => (x as { id: string }).id;
    const m = mergeWithVersions(base, local, stored, {
      arrays: { drafts: id, 'drafts/options': id },
      quiet: ['drafts/updatedAt', 'activeId'],
      versions: DRAFT_VERSIONS,
    });
    const drafts = m.value.drafts.length > 0 ? m.value.drafts : stored.drafts;
    const activeId = drafts.some((x) => x.id === local.activeId) ? local.activeId : drafts[0]!.id;
    return { value: { ...m.value, activeId, drafts }, conflicts: m.conflicts };
  },
  // v2 only adds other versions: v1 data has none.
  migrations: { 1: (old) => old },
};
