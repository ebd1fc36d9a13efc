// The bad-news briefs: several drafts, each named, one showing; validated by the tool's schema
// (unknown fields dropped), merged step by step and option by option when two tabs change them.
import { mergeJson } from '../merge';
import type { Slot } from '../store';
import { draftsSchema, makeDrafts, type DraftsState } from '../../toolkit/bad-news';
import { validator } from '../validator';

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
