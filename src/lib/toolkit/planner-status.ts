// The one status line both planners (one-on-one, skip-level) show when nothing else has been said:
// how saving stands, in the same words on both pages. Pure, so it is unit-tested.
import type { SaveState } from '../storage/store';

/** The save line for a planner; `keep` names what to download before leaving ("log", "plan"). */
export function plannerSaveLine(state: SaveState, hasConflicts: boolean, keep: string): string {
  if (state === 'read-only') return 'Read only: this planner could not be saved safely here. See My data.';
  if (state === 'memory') return `Not saved: this browser isn't keeping data. Download your ${keep} before you leave.`;
  if (hasConflicts) return 'Another tab changed the same entry at the same time; the version in this tab was kept.';
  if (state === 'pending') return 'Saving…';
  return state === 'saved' ? 'Saved in this browser.' : '';
}
