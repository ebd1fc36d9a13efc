// The planners' pair of buttons over what they print: Print (after saving what's typed) and
// Download as a text file. Shared so both planners export the same way.
import { download } from '../../../../client/download';

export default function PlannerExport(props: {
  printLabel: string;
  fileName: string;
  /** Built only when the reader asks for the file. */
  text: () => string;
  flush: () => void;
}) {
  return (
    <div class="pl-buttons no-print">
      <button type="button" class="secondary" onClick={() => (props.flush(), window.print())}>
        {props.printLabel}
      </button>
      <button type="button" class="secondary" onClick={() => download(props.fileName, props.text(), 'text/plain')}>
        Download as a text file
      </button>
    </div>
  );
}
