// The open questions of your boss's user manual (its answers still marked as a guess), for the
// one-on-one agenda. Read from the manual's own slot once that tool is in main.
import { createSignal, type Accessor } from 'solid-js';
import type { OpenQuestion } from '../../../lib/toolkit/one-on-one';

export function createManualQuestions(): Accessor<OpenQuestion[]> {
  const [questions] = createSignal<OpenQuestion[]>([]);
  return questions;
}
