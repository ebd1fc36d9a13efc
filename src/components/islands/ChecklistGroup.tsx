// One lesson's checklist items, embedded at the end of the lesson (same saved state as /checklist/).
import { href } from '../../lib/base';
import { Show } from 'solid-js';
import { isoDay } from '../../lib/dates';
import { patchChecklist, tally, type ChecklistItem } from '../../lib/checklist';
import { checklistSlot } from '../../lib/storage/slots/checklist';
import ChecklistItems from './parts/ChecklistItems';
import { createPersisted } from '../../client/persisted';

export default function ChecklistGroup(props: { items: ChecklistItem[] }) {
  const { value: state, set: setState, mounted } = createPersisted(checklistSlot);
  // Statuses only differ from "to do" once saved state has loaded, after mount, so the server's date is never shown.
  const today = isoDay(new Date());
  const t = () => tally(props.items, state(), today);
  return (
    <div class="ck-group">
      <ChecklistItems
        items={props.items}
        state={state()}
        today={today}
        idPrefix="lesson-ck"
        ready={mounted()}
        onChange={(id, patch) => setState((s) => patchChecklist(s, id, patch))}
      />
      <p class="ck-tally" aria-live="polite">
        {t().done} of {t().total} done in this lesson.
        <Show when={t().done === t().total}> Well done.</Show> <a href={href('/checklist/')}>See the whole checklist</a>
      </p>
    </div>
  );
}
