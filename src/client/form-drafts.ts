// Binds the planners' "add" forms to their drafts (src/lib/form-drafts.ts) through the storage
// layer: each field shows the draft's value (or the form's default) and saves what the reader types
// after the same pause as every other field, and at once when the page is left or hidden (see
// persisted.ts). The saved drafts arrive after mount, like every saved value, so hydration keeps
// the server's empty form.
import { clearDraft, draftValue, hasDraft, setDraftField, type DraftValue } from '../lib/form-drafts';
import { formDraftsSlot } from '../lib/storage/slots/form-drafts';
import { createPersisted } from './persisted';

export interface DraftForm {
  /** A text field's value (text, date, select): the draft's, else `fallback`. */
  text: (field: string, fallback?: string) => string;
  /** A checkbox's state: the draft's, else unticked. */
  checked: (field: string) => boolean;
  /** Keeps what the reader put in a field; `fallback` is the field's default (not kept as a draft). */
  set: (field: string, value: DraftValue, fallback?: DraftValue) => void;
  /** True once the reader has changed anything in the form. */
  has: () => boolean;
  /** Forgets the draft at once (the entry was added, or the reader discarded it). */
  clear: () => void;
}

/** The drafts of every add form on a page, in one store; `form(id)` binds one form. */
export function createFormDrafts() {
  const store = createPersisted(formDraftsSlot, { delay: 500 });
  const form = (id: string): DraftForm => ({
    text: (field, fallback = '') => draftValue(store.value(), id, field, fallback),
    checked: (field) => draftValue(store.value(), id, field, false),
    set: (field, value, fallback = typeof value === 'boolean' ? false : '') =>
      store.set((d) => setDraftField(d, id, field, value, fallback)),
    has: () => hasDraft(store.value(), id),
    clear: () => {
      store.set((d) => clearDraft(d, id));
      store.flush();
    },
  });
  return { store, form };
}
