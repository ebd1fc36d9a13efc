// The compact bar at the foot of the worksheet, the boss manual and the bad-news brief: the status
// line, Print (after saving what's typed), Download, and a "More" menu holding each editor's own
// actions. One component, so the three keep the same markup, order and behaviour.
import { onCleanup, onMount, type JSX } from 'solid-js';

/**
 * Keeps the page's bottom scroll-padding equal to the bar's real height (plus a little air), so a
 * field reached with Tab stops above the bar whatever the fonts, text size or wrapping make of it.
 * Before this runs, tool-bar.css holds a padding taller than the bar at its tallest.
 */
function keepFieldsAboveBar(bar: HTMLElement) {
  const root = document.documentElement.style;
  const set = () => (root.scrollPaddingBottom = `${Math.ceil(bar.getBoundingClientRect().height) + 12}px`);
  set();
  const watch = new ResizeObserver(set);
  watch.observe(bar);
  onCleanup(() => {
    watch.disconnect();
    root.removeProperty('scroll-padding-bottom');
  });
}

export default function EditorBar(props: {
  /** The bar's classes besides ws-bar (the toolkit adds tk-js: hidden without JavaScript). */
  class: string;
  statusClass: string;
  status: JSX.Element;
  /** Set while the buttons can't work yet (before the island has read what's saved). */
  disabled?: boolean;
  flush: () => void;
  onDownload: () => void;
  menuRef: (el: HTMLDetailsElement) => void;
  /** The "More" menu's items. */
  children: JSX.Element;
}) {
  let bar: HTMLDivElement | undefined;
  onMount(() => bar && keepFieldsAboveBar(bar));
  return (
    <div class={`ws-bar ${props.class}`} ref={bar}>
      <p class={props.statusClass} role="status" aria-live="polite">
        {props.status}
      </p>
      <div class="ws-bar-actions">
        <button
          type="button"
          disabled={props.disabled}
          onClick={() => {
            props.flush();
            window.print();
          }}
        >
          Print
        </button>
        <button type="button" class="secondary" disabled={props.disabled} onClick={() => props.onDownload()}>
          Download as a text file
        </button>
        <details class="ws-menu" ref={props.menuRef}>
          <summary class="button secondary">More</summary>
          <div class="ws-menu-panel">{props.children}</div>
        </details>
      </div>
    </div>
  );
}
