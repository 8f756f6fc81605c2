// How a field note names the calendar occurrence it belongs to, as text: `UID` for a single
// event, `UID@KEY` for one instance of a series (KEY its original start, as `orient explain`
// lists it). Read by `orient notes add`, the API and the notes CSV; written by the CSV export.

const KEY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/;

export interface OccurrenceRef {
  uid: string;
  recurrenceKey: string;
}

/**
 * `UID` or `UID@KEY`: a UID may hold an `@` itself (most do: `abc@google.com`), so only a last
 * part shaped like a recurrence key is read as one.
 */
export function parseOccurrence(text: string): OccurrenceRef {
  const at = text.lastIndexOf('@');
  const key = at >= 0 ? text.slice(at + 1) : '';
  if (at > 0 && KEY.test(key)) return { uid: text.slice(0, at), recurrenceKey: key };
  return { uid: text, recurrenceKey: '' };
}

/** The text parseOccurrence reads back: `UID`, or `UID@KEY` for an instance of a series. */
export function formatOccurrence(occurrence: OccurrenceRef): string {
  return occurrence.recurrenceKey === ''
    ? occurrence.uid
    : `${occurrence.uid}@${occurrence.recurrenceKey}`;
}
