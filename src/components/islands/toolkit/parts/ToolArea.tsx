// A toolkit answer written in a text area, with its label (children) and its print copy. Form
// fields print poorly, so the answer is also written out as text that only print shows.
import type { JSX } from 'solid-js';
import Printed from './Printed';

export default function ToolArea(props: {
  id: string;
  value: string;
  rows: number;
  mounted: boolean;
  onInput: (value: string) => void;
  onBlur: () => void;
  children?: JSX.Element;
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
      <Printed mounted={props.mounted} value={props.value} />
    </>
  );
}
