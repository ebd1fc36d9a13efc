// The print copy of a toolkit answer: form fields print poorly, so each answer is also written
// out as text that only print shows. Only once the island has the saved answers, to keep the page light.
import { Show } from 'solid-js';

export default function Printed(props: { mounted: boolean; value: string }) {
  return (
    <Show when={props.mounted}>
      <p class="tk-print" aria-hidden="true">
        {props.value.trim() || ' '}
      </p>
    </Show>
  );
}
