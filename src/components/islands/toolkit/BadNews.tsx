// The bad-news brief: the earn-trust lesson's steps as a form, the message built from them (shaped
// by the chosen boss's manual) with warnings, and every draft kept. The steps come first, then the
// shared compact bar (status, Print, Download, a "More" menu). Renders and wires events only;
// the logic is src/lib/toolkit/bad-news.ts. Controls carry .tk-js (hidden without JavaScript).
import { createMemo, For, Show, type JSX } from 'solid-js';
import {
  activeDraft,
  addDraft,
  addOption,
  buildMessage,
  conflictLabels,
  channelTip,
  deleteDraft,
  draftFileName,
  draftName,
  removeOption,
  setDraftField,
  setOption,
  setStep,
  shapeFor,
  toPlainText,
  warnings,
  type BadNewsDef,
  type DraftsState,
  type StepId,
} from '../../../lib/toolkit/bad-news';
import { longDate } from '../../../lib/dates';
import { createPersisted } from '../../../client/persisted';
import { createEditor } from '../../../client/editor';
import EditorBar from '../parts/EditorBar';
import BadNewsMessage from './parts/BadNewsMessage';
import BadNewsOptions from './parts/BadNewsOptions';
import BadNewsPick from './parts/BadNewsPick';
import BadNewsRecommend from './parts/BadNewsRecommend';
import ToolArea from './parts/ToolArea';
import StorageNotice from '../StorageNotice';
import { badNewsSlot, draftPath } from '../../../lib/storage/slots/bad-news';
import { bossManualSlot } from '../../../lib/storage/slots/boss-manual';
import { sameJson } from '../../../lib/storage/merge';
import { saveStatus, saveStatusShort } from '../../../lib/storage/save-status';
import briefWords from '../../../data/toolkit/bad-news.json';

// The words come in the bundle rather than as props: props would repeat them in the page's HTML.
const props = { def: briefWords as BadNewsDef };

export default function BadNews() {
  const { store, state, versions, update, message, say, menuRef, closeMenu, switchTo, saveAsText, askName, confirmThen, copy } =
    createEditor(badNewsSlot);
  // The manuals are only read here (never saved from this page): they shape the message.
  const manuals = createPersisted(bossManualSlot);
  const draft = () => activeDraft(state());
  const boss = () => manuals.value().manuals.find((m) => m.id === draft().bossId);
  const shape = () => shapeFor(boss());
  const text = () => buildMessage(draft(), shape().shape);
  // Recomputed on every keystroke; equal warnings keep their rows, so a "Go to it" link isn't
  // swapped for a copy between a reader's press and release (the click would then be lost).
  const problems = createMemo(() => warnings(draft()), [], { equals: sameJson });
  const step = (id: StepId) => draft().steps[id] ?? '';

  function newDraft() {
    closeMenu();
    store.flush();
    update(addDraft(state()), true);
    say('Started a new draft. Your other drafts are kept.');
  }
  const rename = () =>
    askName({
      question: 'Name this draft, so you can find it again (leave it empty to name it by what happened):',
      current: draft().title,
      apply: (name) => setDraftField(state(), 'title', name.trim()),
      done: () => `Renamed to “${draftName(draft())}”.`,
      empty: true,
    });
  function remove() {
    const name = draftName(draft());
    const only = state().drafts.length === 1;
    confirmThen(
      only ? `Clear the draft “${name}”? This can't be undone.` : `Delete the draft “${name}”? This can't be undone.`,
      () => deleteDraft(state(), draft().id),
      () => (only ? `Cleared “${name}”.` : `Deleted “${name}”.`),
    );
  }
  const copyMessage = () =>
    copy(
      text,
      'Copied the message. Paste it wherever your boss will see it first.',
      "Your browser didn't allow copying. Select the message and copy it by hand.",
    );
  const downloadText = () =>
    saveAsText(
      () => draftFileName(draft()),
      () => toPlainText(props.def, draft(), text()),
    );

  // Print copies of the answers: only once there are answers, to keep the page light.
  // Helpers take accessors, never values: reading state while building the elements would make
  // Solid rebuild them (and drop the reader's focus) on every keystroke.
  // `kept.field` names where the text lives in the draft ("steps/happened", "reason"): its other
  // versions are listed there, and `kept.use` puts one in the field.
  const resolve = (field: string, name: string, text: string, use?: (st: DraftsState, text: string) => DraftsState) => {
    versions.resolve(draftPath(draft().id, field), text, use);
    say(use ? `Now using your other version of “${name}”.` : `Discarded your other version of “${name}”.`);
  };
  const area = (
    id: string,
    value: () => string,
    onInput: (v: string) => void,
    kept: { field: string; name: string; use: (st: DraftsState, text: string) => DraftsState },
    rows = 3,
    label?: JSX.Element,
  ) => (
    <ToolArea
      id={id}
      value={value()}
      rows={rows}
      mounted={store.mounted()}
      onInput={onInput}
      onBlur={() => store.flush()}
      name={kept.name}
      others={versions.others(draftPath(draft().id, kept.field))}
      onUse={(text) => resolve(kept.field, kept.name, text, kept.use)}
      onDiscard={(text) => resolve(kept.field, kept.name, text)}
    >
      {label}
    </ToolArea>
  );

  return (
    <div class="tk">
      <StorageNotice />
      <BadNewsPick
        drafts={state().drafts}
        draft={draft()}
        manuals={manuals.value().manuals}
        onDraft={(id) => switchTo(id, () => draftName(draft()))}
        onBoss={(id) => update(setDraftField(state(), 'bossId', id), true)}
      />

      <Show when={store.mounted()}>
        <p class="print-only tk-print-head">
          <strong>{draftName(draft())}</strong> · last edited {longDate(draft().updatedAt)}
        </p>
      </Show>

      <ol class="tk-steps">
        <For each={props.def.steps}>
          {(s) => (
            <li class="tk-section">
              <h2 id={`bn-s-${s.id}`}>{s.title}</h2>
              <Show when={s.id === 'options'}>
                <BadNewsOptions
                  label={s.label}
                  hint={s.hint}
                  options={draft().options}
                  mounted={store.mounted()}
                  onInput={(id, field, v) => update(setOption(state(), id, field, v))}
                  onRemove={(id) => update(removeOption(state(), id), true)}
                  onAdd={() => update(addOption(state()), true)}
                  onBlur={() => store.flush()}
                  others={(id, field) => versions.others(draftPath(draft().id, `options/${id}/${field}`))}
                  onUse={(id, field, text, name) =>
                    resolve(`options/${id}/${field}`, name, text, (st, t) => setOption(st, id, field, t))
                  }
                  onDiscard={(id, field, text, name) => resolve(`options/${id}/${field}`, name, text)}
                />
              </Show>
              <Show when={s.id === 'recommend'}>
                <BadNewsRecommend
                  label={s.label}
                  hint={s.hint}
                  draft={draft()}
                  mounted={store.mounted()}
                  onPick={(id) => update(setDraftField(state(), 'recommended', id), true)}
                  reason={area(
                    'bn-reason',
                    () => draft().reason,
                    (v) => update(setDraftField(state(), 'reason', v)),
                    { field: 'reason', name: 'Why that one', use: (st, t) => setDraftField(st, 'reason', t) },
                    2,
                    <label class="tk-label" for="bn-reason">
                      Why that one
                    </label>,
                  )}
                />
              </Show>
              <Show when={s.id !== 'options' && s.id !== 'recommend'}>
                {area(
                  `bn-${s.id}`,
                  () => step(s.id as StepId),
                  (v) => update(setStep(state(), s.id as StepId, v)),
                  { field: `steps/${s.id}`, name: s.label, use: (st, t) => setStep(st, s.id as StepId, t) },
                  3,
                  <>
                    <label class="tk-label" for={`bn-${s.id}`}>
                      {s.label}
                    </label>
                    <p class="tk-hint" id={`bn-${s.id}-hint`}>
                      {s.hint}
                    </p>
                  </>,
                )}
              </Show>
            </li>
          )}
        </For>
      </ol>

      <BadNewsMessage
        because={shape().because}
        tip={channelTip(boss())}
        problems={problems()}
        text={text()}
        onCopy={copyMessage}
      />

      <EditorBar
        class="tk-js no-print"
        statusClass="tk-status"
        status={
          <>
            {saveStatus(store.saveState(), {
              keep: 'draft',
              savedAt: store.savedAt(),
              conflicts: conflictLabels(props.def, store.conflicts()),
              versions: versions.count(),
            })}{' '}
            {message()}
          </>
        }
        short={saveStatusShort(store.saveState(), {
          conflicts: store.conflicts(),
          message: message(),
          versions: versions.count(),
        })}
        flush={store.flush}
        onDownload={downloadText}
        menuRef={menuRef}
      >
        <button type="button" class="secondary" onClick={newDraft}>
          New draft
        </button>
        <button type="button" class="secondary" onClick={rename}>
          Rename this draft…
        </button>
        <button type="button" class="danger" onClick={remove}>
          {state().drafts.length > 1 ? 'Delete this draft…' : 'Clear this draft…'}
        </button>
      </EditorBar>
    </div>
  );
}
