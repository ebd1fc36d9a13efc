// A toolkit answer written in a text area, with its label (children), any other version two tabs
// left, and its print copy. Form fields print poorly, so the answer is also written out as text
// that only print shows.
import type { JSX } from 'solid-js';
import OtherVersions from '../../parts/OtherVersions';
import Printed from './Printed';

export default function ToolArea(props: {
  id: string;
  value: string;
  rows: number;
  mounted: boolean;
  onInput: (value: string) => void;
  onBlur: () => void;
  children?: JSX.Element;
  /** The field's name for the other-version buttons. */
  name: string;
  /** Other versions of the answer (two tabs changed it at once). */
  others: string[];
  onUse: (text: string) => void;
  onDiscard: (text: string) => void;
}) {
  return (
    <>
      {props.children}
      <textarea
        id={props.id}
        class="tk-js"
        rows={props.rows}
        aria-describedby={`${props.id}-hint`}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={() => props.onBlur()}
      />
      <OtherVersions
        texts={props.others}
        label={props.name}
        fieldId={props.id}
        onUse={(t) => props.onUse(t)}
        onDiscard={(t) => props.onDiscard(t)}
      />
      <Printed mounted={props.mounted} value={props.value} />
    </>
  );
}
