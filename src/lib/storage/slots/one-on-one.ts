// The one-on-one planner: wins, asks, what to raise next and past meetings, as records keyed by
// id, so the storage layer's field-by-field merge keeps entries two tabs added at once. What to
// raise next, typed in two tabs at once, keeps the other tab's text as another version (versions.ts).
import type { Slot } from '../store';
import { emptyOneOnOne, parseOneOnOne, type OneOnOneState } from '../../toolkit/one-on-one';
import { mergeWithVersions, pruneVersions } from '../versions';

/** The texts that keep another version when two tabs change them at once. */
export const ONE_ON_ONE_VERSIONS = ['next/progress', 'next/risks'];

export const oneOnOneSlot: Slot<OneOnOneState> = {
  name: 'one-on-one',
  label: 'your one-on-one planner and wins log',
  // v2 adds `otherVersions` (an older page would drop it, so it must see v2 as newer and leave it alone).
  version: 2,
  empty: emptyOneOnOne,
  validate: (d) => {
    const v = parseOneOnOne(d);
    return v && pruneVersions(v, ONE_ON_ONE_VERSIONS);
  },
  merge: (base, local, stored) => mergeWithVersions(base, local, stored, { versions: ONE_ON_ONE_VERSIONS }),
  // v2 only adds other versions: v1 data has none.
  migrations: { 1: (old) => old },
};
