// A sticky bar must never cover the control a reader tabs to. The page's scroll-padding on the bar's
// edge is kept equal to the bar's real height (plus a little air), so the browser scrolls a focused
// control clear of it whatever the fonts, text size or wrapping make of the bar. Until this runs, the
// stylesheets hold a padding taller than the bar at its tallest.
// `edge` is the screen edge the bar sticks to.
import { onCleanup } from 'solid-js';

/** Watches `bar`, stuck to the `edge` of the screen, for as long as the calling component lives. */
export function keepFocusClear(bar: HTMLElement, edge: 'top' | 'bottom') {
  const root = document.documentElement.style;
  const property = edge === 'top' ? 'scroll-padding-top' : 'scroll-padding-bottom';
  const set = () => root.setProperty(property, `${Math.ceil(bar.getBoundingClientRect().height) + 12}px`);
  set();
  const watch = new ResizeObserver(set);
  watch.observe(bar);
  // Chromium leaves a control where it is when any of it shows, even with the bar over the rest:
  // such a control is brought clear here (scrollIntoView honours the padding set above).
  // Only for focus moved with the keyboard: a control someone taps or a link takes them to is already
  // where they see it, and scrolling then would move the page under their finger.
  let keyed = false;
  const key = () => (keyed = true);
  const press = () => (keyed = false);
  const reveal = (event: FocusEvent) => {
    const el = event.target;
    if (!keyed || !(el instanceof HTMLElement) || bar.contains(el)) return;
    const box = el.getBoundingClientRect();
    const edgeBox = bar.getBoundingClientRect();
    const covered = edge === 'bottom' ? box.bottom > edgeBox.top : box.top < edgeBox.bottom;
    if (covered || box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  };
  document.addEventListener('keydown', key, true);
  document.addEventListener('pointerdown', press, true);
  document.addEventListener('focusin', reveal);
  onCleanup(() => {
    watch.disconnect();
    document.removeEventListener('keydown', key, true);
    document.removeEventListener('pointerdown', press, true);
    document.removeEventListener('focusin', reveal);
    root.removeProperty(property);
  });
}
