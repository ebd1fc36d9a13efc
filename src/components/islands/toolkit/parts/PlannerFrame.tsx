// The frame both planners (one-on-one, skip-level) sit in: until the island mounts, one line saying
// it needs JavaScript, so no control appears that cannot work; once mounted, the status line and the
// planner itself. One component so the two pages keep the same markup and the same readiness mark.
import { Show, type JSX } from 'solid-js';

export default function PlannerFrame(props: {
  mounted: boolean;
  /** What the reader can't do without JavaScript, and what they still can. */
  needsJs: string;
  status: string;
  children: JSX.Element;
}) {
  return (
    <div class="pl-island" data-ready={props.mounted ? '' : undefined}>
      <Show when={props.mounted} fallback={<p class="pl-needs-js">{props.needsJs}</p>}>
        <p class="pl-status no-print" role="status">
          {props.status}
        </p>
        {props.children}
      </Show>
    </div>
  );
}
