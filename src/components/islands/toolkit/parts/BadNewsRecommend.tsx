// The bad-news brief's recommendation: pick one of the options written above, and say why.
import { Index, Show, type JSX } from 'solid-js';
import { filledOptions, type BadNewsDraft } from '../../../../lib/toolkit/bad-news';
import Printed from './Printed';

export default function BadNewsRecommend(props: {
  label: string;
  hint: string;
  draft: BadNewsDraft;
  mounted: boolean;
  onPick: (optionId: string) => void;
  /** The "why that one" field. */
  reason: JSX.Element;
}) {
  const chosen = () => {
    const rec = filledOptions(props.draft).find((o) => o.id === props.draft.recommended);
    return rec ? `Option ${props.draft.options.indexOf(rec) + 1}: ${rec.what}` : '';
  };
  return (
    <fieldset class="tk-choices" id="bn-recommend" aria-describedby="bn-recommend-hint">
      <legend class="tk-label">{props.label}</legend>
      <p class="tk-hint" id="bn-recommend-hint">
        {props.hint}
      </p>
      <Show
        when={filledOptions(props.draft).length > 0}
        fallback={<p class="muted tk-js">Write your options above, then pick one here.</p>}
      >
        <ul class="tk-options">
          <Index each={filledOptions(props.draft)}>
            {(o) => (
              <li>
                <label>
                  <input
                    type="radio"
                    name="bn-recommend"
                    value={o().id}
                    checked={props.draft.recommended === o().id}
                    onChange={() => props.onPick(o().id)}
                  />
                  <span>
                    Option {props.draft.options.findIndex((x) => x.id === o().id) + 1}: {o().what}
                  </span>
                </label>
              </li>
            )}
          </Index>
        </ul>
      </Show>
      <Printed mounted={props.mounted} value={chosen()} />
      {props.reason}
      <p class="visually-hidden" id="bn-reason-hint">
        A sentence is enough.
      </p>
    </fieldset>
  );
}
