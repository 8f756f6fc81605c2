// Closing the loop on a shipped item (issue 5, item 6): the salespeople whose struggles or requests
// it answers, to tell them; and over equal windows before and after the ship day, how often its
// tagged struggles turn up in field notes and the selling share of the people it targets.
import { api } from '../api.js';
import type { ClosedLoop, ShareWindow, StruggleWindow } from '../api-types.js';
import { ErrorBanner, Loading } from '../components/page-state.js';
import { ScrollTable } from '../components/scroll-table.js';
import { count, day, lastDay, number, percent } from '../format.js';
import { atLeast, useSession } from '../session.js';
import { useLoaded } from './items-load.js';

export function ItemLoop(props: { id: string; shippedAt: string | null }) {
  const { session } = useSession();
  // Each salesperson's own selling share is person-level data: admins only, as in the report.
  const people = atLeast(session.user.role, 'admin');
  const loop = useLoaded<ClosedLoop>(
    (signal) => api.loop(props.id, people, signal),
    [props.id, props.shippedAt, people],
  );
  return (
    <section className="card" aria-labelledby="item-loop-title" data-testid="item-loop">
      <h2 id="item-loop-title">Closing the loop</h2>
      {loop.status === 'loading' && <Loading what="who to tell and what changed" />}
      {loop.status === 'error' && (
        <ErrorBanner error={loop.error} title="The loop could not be loaded." />
      )}
      {loop.status === 'ready' && <LoopFigures loop={loop.value} />}
    </section>
  );
}

function LoopFigures({ loop }: { loop: ClosedLoop }) {
  const { struggles, sellingShare } = loop;
  return (
    <>
      <h3>Tell them it shipped</h3>
      {loop.tell.length === 0 ? (
        <p data-testid="loop-tell-none">
          Its evidence names nobody. Link the field notes or requests it answers to know whom to
          tell.
        </p>
      ) : (
        <ul className="plain-list" data-testid="loop-tell">
          {loop.tell.map((person) => (
            <li key={person.email}>
              <strong>{person.name ?? person.email}</strong>
              {person.name === null ? '' : ` (${person.email})`}{' '}
              <span className="muted">— {person.why}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Before and after {day(loop.item.shippedAt)}</h3>
      <p className="muted">
        {count(loop.weeks, 'week')} each side of the ship day (which counts as after), cut to the
        data and to today.{' '}
        {struggles.tags.length === 0
          ? 'Neither the item nor its moments have tags, so no struggle is counted.'
          : `Struggles tagged ${struggles.tags.join(', ')} (the ${struggles.tagsFrom === 'item' ? 'item’s tags' : 'tags of its moments'}), in every field note of the window.`}
      </p>
      <ScrollTable caption="Struggles and selling share, before and after it shipped">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Before: {span(struggles.before)}</th>
            <th scope="col">After: {span(struggles.after)}</th>
          </tr>
        </thead>
        <tbody data-testid="loop-figures">
          <tr>
            <th scope="row">Field notes</th>
            <td className="num">{struggles.before.notes}</td>
            <td className="num">{struggles.after.notes}</td>
          </tr>
          <tr>
            <th scope="row">Struggles with its tags</th>
            <td className="num">{struggles.before.struggles}</td>
            <td className="num">{struggles.after.struggles}</td>
          </tr>
          <tr>
            <th scope="row">Struggles per note</th>
            <td className="num">{number(struggles.before.perNote, 2)}</td>
            <td className="num">{number(struggles.after.perNote, 2)}</td>
          </tr>
          <tr>
            <th scope="row">
              Selling share of the {count(sellingShare.people, 'person', 'people')} to tell
              <span className="item-meta">
                calendar days before: {span(sellingShare.before)}; after: {span(sellingShare.after)}
              </span>
            </th>
            <td className="num">{share(sellingShare.before, sellingShare.suppressed)}</td>
            <td className="num">{share(sellingShare.after, sellingShare.suppressed)}</td>
          </tr>
        </tbody>
      </ScrollTable>
      {sellingShare.suppressed && (
        <p className="muted">
          The selling share is withheld: fewer than {sellingShare.minGroupSize} people, so it would
          show one person’s figures.
        </p>
      )}
      {sellingShare.perPerson !== undefined && sellingShare.perPerson.length > 0 && (
        <ScrollTable caption="Each person’s selling share (admins only)">
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {sellingShare.perPerson.map((p) => (
              <tr key={p.email}>
                <th scope="row">
                  {p.name ?? p.email}
                  {!p.calendar && <span className="item-meta">own calendar not imported</span>}
                </th>
                <td className="num">{percent(p.before, 1)}</td>
                <td className="num">{percent(p.after, 1)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

/** "1 Jun 2026 – 30 Aug 2026 (so far)": a window's days, and why it is cut short. */
function span(w: StruggleWindow | ShareWindow): string {
  if (w.days === 0) return 'none';
  const cut =
    w.endsEarly === 'today' ? ' (so far)' : w.endsEarly === 'data' ? ' (to the data’s end)' : '';
  return `${day(w.from)} – ${lastDay(w.to)}${cut}`;
}

function share(w: ShareWindow, suppressed: boolean): string {
  if (suppressed) return 'withheld';
  if (w.days === 0) return 'no calendar days';
  return percent(w.share, 1);
}
