// The select that switches between a reader's several worksheets, manuals or drafts. Each editor
// wraps it in its own row; the label, the options and the active one are the same everywhere.
import { For } from 'solid-js';

export default function PickSelect<T extends { id: string }>(props: {
  id: string;
  label: string;
  items: readonly T[];
  activeId: string;
  name: (item: T) => string;
  onPick: (id: string) => void;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} onChange={(e) => props.onPick(e.currentTarget.value)}>
        <For each={props.items}>
          {(item) => (
            <option value={item.id} selected={item.id === props.activeId}>
              {props.name(item)}
            </option>
          )}
        </For>
      </select>
    </>
  );
}
