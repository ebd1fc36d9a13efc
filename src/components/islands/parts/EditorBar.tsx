// The compact bar at the foot of the worksheet, the boss manual and the bad-news brief: the status
// line, Print (after saving what's typed), Download (in the menu on a phone), and a "More" menu
// holding each editor's own actions. One component, so the three keep the same markup, order and behaviour.
import { Show, onMount, type JSX } from 'solid-js';
import { keepFocusClear } from '../../../client/keep-focus-clear';

export default function EditorBar(props: {
  /** The bar's classes besides ws-bar (the toolkit adds tk-js: hidden without JavaScript). */
  class: string;
  statusClass: string;
  status: JSX.Element;
  /** The status in a word or two for a phone's one-row bar (null: the full line must show). */
  short?: string | null;
  /** Set while the buttons can't work yet (before the island has read what's saved). */
  disabled?: boolean;
  flush: () => void;
  onDownload: () => void;
  menuRef: (el: HTMLDetailsElement) => void;
  /** The "More" menu's items. */
  children: JSX.Element;
}) {
  let bar: HTMLDivElement | undefined;
  onMount(() => bar && keepFocusClear(bar, 'bottom'));
  return (
    <div class={`ws-bar ${props.class}`} ref={bar}>
      <p
        class={`ws-bar-status ${props.statusClass}`}
        classList={{ 'has-short': props.short != null }}
        role="status"
        aria-live="polite"
      >
        {props.status}
      </p>
      <Show when={props.short != null}>
        <span class="ws-bar-short" aria-hidden="true">
          {props.short}
        </span>
      </Show>
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
        <button type="button" class="secondary ws-bar-download" disabled={props.disabled} onClick={() => props.onDownload()}>
          Download as a text file
        </button>
        <details class="ws-menu" ref={props.menuRef}>
          <summary class="button secondary">More</summary>
          <div class="ws-menu-panel">
            {/* On a phone Download waits here, so the bar's save line has room to be read (tool-bar.css). */}
            <button type="button" class="secondary ws-menu-download" disabled={props.disabled} onClick={() => props.onDownload()}>
              Download as a text file
            </button>
            {props.children}
          </div>
        </details>
      </div>
    </div>
  );
}
