// What the worksheet, the boss manual and the bad-news brief share around their saved state: the
// persisted store (saved after a pause while typing), an update that can save at once, a message
// the status line announces, the "More" menu that closes before a prompt opens, the menu's
// actions every editor has (new, rename, delete, copy and download), and the other versions of
// fields two tabs changed at once. One place, so the three editors save, ask and speak the same way.
import { createSignal } from 'solid-js';
import type { Slot } from '../lib/storage/store';
import { copyText } from './clipboard';
import { download } from './download';
import { createPersisted } from './persisted';
import { createVersions } from './versions';

export function createEditor<T extends { activeId: string }>(slot: Slot<T>) {
  const store = createPersisted(slot, { delay: 500 });
  const state = store.value;
  const versions = createVersions(store);
  /** Saves the next state; `now` writes it at once instead of after the typing pause. */
  const update = (next: T, now = false) => {
    store.set(next);
    if (now) store.flush();
  };
  const [message, setMessage] = createSignal('');
  /** Clears first, so the same words said twice are announced twice. */
  const say = (text: string) => {
    setMessage('');
    queueMicrotask(() => setMessage(text));
  };
  let menu: HTMLDetailsElement | undefined;
  const menuRef = (el: HTMLDetailsElement) => (menu = el);
  const closeMenu = () => menu?.removeAttribute('open');
  /** Shows another of the reader's sheets, manuals or drafts; `name` reads the one now shown. */
  const switchTo = (id: string, name: () => string) => {
    store.flush();
    update({ ...state(), activeId: id }, true);
    say(`Now showing “${name()}”.`);
  };
  /** Saves first, then downloads what is now saved as a text file (from the menu on a phone, which closes). */
  const saveAsText = (fileName: () => string, text: () => string) => {
    closeMenu();
    store.flush();
    download(fileName(), text(), 'text/plain;charset=utf-8');
    say(`Downloaded ${fileName()}.`);
  };
  /**
   * Asks for a name and applies it; nothing changes when the reader cancels (or, unless `empty`
   * is allowed, leaves it blank). `done` reads the state after the change.
   */
  const askName = (o: { question: string; current: string; apply: (name: string) => T; done: () => string; empty?: boolean }) => {
    closeMenu();
    const name = window.prompt(o.question, o.current);
    if (name === null || (!o.empty && !name.trim())) return;
    update(o.apply(name), true);
    say(o.done());
  };
  /** Asks before a change that cannot be undone, then makes it. `done` reads the state after it. */
  const confirmThen = (question: string, apply: () => T, done: () => string) => {
    closeMenu();
    if (!window.confirm(question)) return;
    update(apply(), true);
    say(done());
  };
  /** Saves first, then copies the text, saying whether the browser allowed it. */
  const copy = (text: () => string, done: string, refused: string) => {
    closeMenu();
    store.flush();
    void copyText(text()).then((ok) => say(ok ? done : refused));
  };
  return { store, state, versions, update, message, say, menuRef, closeMenu, switchTo, saveAsText, askName, confirmThen, copy };
}
