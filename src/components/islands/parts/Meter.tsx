// A progress meter that says its value in words as well as showing a bar.
import type { Tally } from '../../../lib/checklist';

export default function Meter(props: { label: string; tally: Tally; compact?: boolean; unit?: string }) {
  return (
    <div class="meter" classList={{ compact: !!props.compact }}>
      <span class="meter-text">
        {props.compact ? '' : `${props.label}: `}
        {props.tally.done} of {props.tally.total} {props.unit ?? 'done'} ({props.tally.percent}%)
      </span>
      <div class="meter-bar" aria-hidden="true">
        <div class="meter-fill" style={{ width: `${props.tally.percent}%` }} />
      </div>
    </div>
  );
}
