// The bad-news brief's pickers: which draft is showing (once there are several), and whose user
// manual shapes the message.
import { For, Show } from 'solid-js';
import { draftName, type BadNewsDraft } from '../../../../lib/toolkit/bad-news';
import type { BossManual } from '../../../../lib/toolkit/boss-manual';
import PickSelect from '../../parts/PickSelect';

export default function BadNewsPick(props: {
  drafts: BadNewsDraft[];
  draft: BadNewsDraft;
  manuals: BossManual[];
  onDraft: (id: string) => void;
  onBoss: (manualId: string) => void;
}) {
  return (
    <div class="tk-pick tk-js no-print">
      <Show when={props.drafts.length > 1}>
        <div class="tk-switch">
          <PickSelect
            id="bn-select"
            label="Draft"
            items={props.drafts}
            activeId={props.draft.id}
            name={draftName}
            onPick={(id) => props.onDraft(id)}
          />
        </div>
      </Show>
      <div class="tk-switch">
        <label for="bn-boss">Shape it for</label>
        <select id="bn-boss" onChange={(e) => props.onBoss(e.currentTarget.value)}>
          <option value="" selected={!props.manuals.some((m) => m.id === props.draft.bossId)}>
            No manual (a safe default)
          </option>
          <For each={props.manuals}>
            {(m) => (
              <option value={m.id} selected={m.id === props.draft.bossId}>
                {m.name}
              </option>
            )}
          </For>
        </select>
      </div>
    </div>
  );
}
