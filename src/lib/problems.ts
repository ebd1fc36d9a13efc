// The words for each storage problem, used only by the storage notice island.
import type { Problem } from './storage/store';

/** What a notice says about a problem, in plain words. */
export function describeProblem(p: Problem): string {
  switch (p.kind) {
    case 'unavailable':
      return 'Your browser is not letting this site save anything (private browsing or blocked storage). You can use every page, but what you tick or type will not be kept: it is gone as soon as you leave the page.';
    case 'quota':
      return "Your browser's storage for this site is full, so your latest changes are kept only until you leave this page. Export your data from My data to keep a copy.";
    case 'corrupt':
    case 'invalid': {
      const what =
        p.kind === 'corrupt'
          ? `Saved data for ${p.label} could not be read`
          : `Saved data for ${p.label} was not in a shape this site understands`;
      if (p.readOnly)
        return `${what}, and there was no room to keep a copy of it aside. So that it is not lost, it is left where it is and nothing you change here is saved on this visit. Download the unreadable copy, then clear it on My data to start saving again.`;
      return `${what}, so it starts empty here. The unreadable copy is kept aside; you can download it from My data.`;
    }
    case 'newer':
      return `Saved data for ${p.label} came from a newer version of this site. It is left exactly as it is, so nothing you change here is saved on this visit. Reload the page to get the latest version of the site.`;
  }
}
