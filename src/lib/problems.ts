// The words for each storage problem, used only by the storage notice island.
import type { Problem } from './storage';

/** What a notice says about a problem, in plain words. */
export function describeProblem(p: Problem): string {
  switch (p.kind) {
    case 'unavailable':
      return 'Your browser is not letting this site save anything (private browsing or blocked storage). You can use every page, but your progress will not be kept after you close it.';
    case 'quota':
      return "Your browser's storage for this site is full, so your latest changes are kept only until you close this page. Export your data from My data to keep a copy.";
    case 'corrupt':
      return `Saved data for ${p.label} could not be read, so it starts empty here. The unreadable copy was kept aside; you can download it from My data.`;
    case 'invalid':
      return `Saved data for ${p.label} was not in a shape this site understands, so it starts empty here. The old copy was kept aside; you can download it from My data.`;
    case 'newer':
      return `Your ${p.label} was saved by a newer version of this site. It was kept aside untouched; reload to get the latest version of the site.`;
  }
}
