// Written into the home page right after the progress card (see index.astro): for a reader with
// anything saved that the plan reads, it opens the room for the short plan while the page is still
// being read, before anything below the card exists, so the room opening can move nothing. The page's
// main inline script (home-page.ts) has it filled later.
import { hasPlan } from '../lib/plan/short';

const room = document.querySelector<HTMLElement>('[data-plan-short]');
try {
  if (room && hasPlan((name) => localStorage.getItem(`managing-up:${name}`) !== null)) room.dataset.planShort = 'on';
} catch {
  // A storage that throws has nothing to show.
}
