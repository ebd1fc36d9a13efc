// Which section the contents rail marks as the one being read. Kept apart from the rail's script
// so the rule can be tested without a browser: a short section reached by its link must be the one
// marked, not the next one, whose heading then also sits high on the screen.

/** How far below the top of the window a heading must have come to start "its" section, in px. */
// A heading reached by its link lands at its scroll margin (about 16 px); reading on by scrolling,
// a section starts being current when its heading nears the top, as a reader's eye moves to it.
export const CURRENT_LINE = 64;

export interface RailState {
  /** Each linked heading's top, relative to the window, in the rail's order. */
  tops: readonly number[];
  /** The window's height. */
  viewportHeight: number;
  /** The page is scrolled to its end: the last sections can never reach the top. */
  atBottom: boolean;
  /** The rail link the address names (location.hash), or -1. */
  chosen: number;
}

/** The index of the link to mark as current, or -1 before the first section. */
export function currentSection({ tops, viewportHeight, atBottom, chosen }: RailState): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top < CURRENT_LINE) current = i;
  });
  // At the end of the page the reader's chosen section may sit lower on the screen; it wins as
  // long as it is in view.
  const chosenTop = tops[chosen];
  if (atBottom && chosen > current && chosenTop !== undefined && chosenTop >= 0 && chosenTop < viewportHeight) return chosen;
  return current;
}
