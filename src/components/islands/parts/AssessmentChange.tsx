// The self-assessment's "change since" table: each area's score then and now, for the statements
// both attempts rated (compareAnswers in src/lib/assessment.ts decides what is comparable), or one
// line when no area compares.
import { For, Show } from 'solid-js';
import { formatChange, type compareAnswers, type Questionnaire } from '../../../lib/assessment';
import { longDate } from '../../../lib/dates';

export default function AssessmentChange(props: {
  dimensions: Questionnaire['dimensions'];
  /** How many statements the questionnaire has. */
  total: number;
  /** When the earlier attempt was made. */
  since: string;
  change: NonNullable<ReturnType<typeof compareAnswers>>;
}) {
  return (
    <div class="as-compare">
      <h3>Change since {longDate(props.since)}</h3>
      <Show
        when={props.change.overall}
        fallback={
          <p class="muted">
            The statements have changed too much since then to compare any area: only {props.change.shared} of {props.total} are
            the same.
          </p>
        }
      >
        <p class="muted">
          Only statements both attempts rated are compared ({props.change.shared} of {props.total}); an area with fewer than half
          of them shared is left out.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Then</th>
              <th scope="col">Now</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.dimensions}>
              {(d) => (
                <tr>
                  <th scope="row">{d.title}</th>
                  <Show
                    when={props.change.areas[d.id]}
                    fallback={
                      <td colspan="3" class="muted">
                        Not comparable
                      </td>
                    }
                  >
                    {(a) => (
                      <>
                        <td>{a().then}</td>
                        <td>{a().now}</td>
                        <td>{formatChange(a().now - a().then)}</td>
                      </>
                    )}
                  </Show>
                </tr>
              )}
            </For>
            <Show when={props.change.overall}>
              {(o) => (
                <tr>
                  <th scope="row">Overall (comparable areas)</th>
                  <td>{o().then}</td>
                  <td>{o().now}</td>
                  <td>{formatChange(o().now - o().then)}</td>
                </tr>
              )}
            </Show>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
