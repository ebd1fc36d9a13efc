// The open questions of your boss's user manual (its answers still marked "a guess — check it"),
// for the one-on-one agenda: read from the manual's own slot, the manual that is showing there,
// and kept in step when the manual changes in another tab.
import type { Accessor } from 'solid-js';
import { activeManual, openQuestions, type ManualDef } from '../lib/toolkit/boss-manual';
import manualWords from '../data/toolkit/boss-manual.json';
import type { OpenQuestion } from '../lib/toolkit/one-on-one';
import { bossManualSlot } from '../lib/storage/slots/boss-manual';
import { createPersisted } from './persisted';

export function createManualQuestions(): Accessor<OpenQuestion[]> {
  const manuals = createPersisted(bossManualSlot);
  return () => (manuals.mounted() ? openQuestions(activeManual(manuals.value()), manualWords as ManualDef) : []);
}
