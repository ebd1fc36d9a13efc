// One prompt of the worksheet: a text answer (with its ruled print space, or the answer as it
// prints) or a scale of numbers, and under it any other version two tabs left.
import { For, Show } from 'solid-js';
import type { WorksheetPrompt as Prompt } from '../../../lib/worksheet';
import OtherVersions from './OtherVersions';

export default function WorksheetPrompt(props: {
  prompt: Prompt;
  answer: string;
  /** Saves the answer; `now` skips the typing pause. */
  onAnswer: (value: string, now?: boolean) => void;
  onBlur: () => void;
  /** Other versions of the answer (two tabs changed it at once). */
  others: string[];
  onUse: (text: string) => void;
  onDiscard: (text: string) => void;
}) {
  const p = props.prompt;
  const others = () => (
    <OtherVersions
      texts={props.others}
      label={p.label}
      fieldId={`ws-${p.id}`}
      onUse={(t) => props.onUse(t)}
      onDiscard={(t) => props.onDiscard(t)}
    />
  );
  return (
    <div class="ws-prompt">
      <Show
        when={p.kind === 'scale' && p.scale}
        fallback={
          <>
            <label class="ws-label" for={`ws-${p.id}`}>
              {p.label}
            </label>
            <p class="ws-hint" id={`hint-${p.id}`}>
              {p.hint}
            </p>
            <textarea
              id={`ws-${p.id}`}
              dir="auto"
              rows={Math.max(3, p.lines)}
              aria-describedby={`hint-${p.id}`}
              value={props.answer}
              onInput={(e) => props.onAnswer(e.currentTarget.value)}
              onBlur={() => props.onBlur()}
            />
            {others()}
            <Show
              when={props.answer.trim()}
              fallback={
                <div class={`ruled ws-print-ruled lines-${p.lines}`} aria-hidden="true">
                  {Array.from({ length: p.lines }, () => (
                    <span />
                  ))}
                </div>
              }
            >
              <div class="ws-print-answer" dir="auto" aria-hidden="true">
                {props.answer}
              </div>
            </Show>
          </>
        }
      >
        {(scale) => (
          <fieldset class="ws-scale" aria-describedby={`hint-${p.id}`}>
            <legend class="ws-label">{p.label}</legend>
            <p class="ws-hint" id={`hint-${p.id}`}>
              {p.hint}
            </p>
            <div class="ws-scale-options">
              <For each={Array.from({ length: scale().max - scale().min + 1 }, (_, i) => scale().min + i)}>
                {(n) => (
                  <label class="scale-option">
                    <input
                      type="radio"
                      name={`ws-${p.id}`}
                      value={n}
                      checked={props.answer === String(n)}
                      onChange={() => props.onAnswer(String(n), true)}
                    />
                    <span>
                      {n}
                      {n === scale().min ? ` (${scale().minLabel})` : n === scale().max ? ` (${scale().maxLabel})` : ''}
                    </span>
                  </label>
                )}
              </For>
            </div>
            {others()}
          </fieldset>
        )}
      </Show>
    </div>
  );
}
