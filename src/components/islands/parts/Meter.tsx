// A progress meter that says its value in words as well as showing a bar.
import { createEffect } from 'solid-js';
import type { Tally } from '../../../lib/checklist';

export default function Meter(props: { label: string; tally: Tally; compact?: boolean; unit?: string }) {
  let fill!: HTMLDivElement;
  // The width is set from script, never as a style attribute in the HTML, so the
  // Content-Security-Policy needs no 'unsafe-inline' for styles. Effects run only in the browser;
  // the server's bar starts empty (the CSS default), which is what it shows before saved data loads.
  createEffect(() => fill.style.setProperty('width', `${props.tally.percent}%`));
  return (
    <div class="meter" classList={{ compact: !!props.compact }}>
      <span class="meter-text">
        {props.compact ? '' : `${props.label}: `}
        {props.tally.done} of {props.tally.total} {props.unit ?? 'done'} ({props.tally.percent}%)
      </span>
      <div class="meter-bar" aria-hidden="true">
        <div class="meter-fill" ref={fill} />
      </div>
    </div>
  );
}
