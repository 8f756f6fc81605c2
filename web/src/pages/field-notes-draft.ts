// The field-note form as the observer fills it in, and the note the API takes from it. Emails and
// tags are typed as text; a moment row whose "raised by" nobody touched follows the note's kind
// (the API's default: the customer on a ride-along, the salesperson in an interview).
import type { FieldNote, FieldNoteInput, NoteMoment } from '../api-types.js';

export type NoteKind = FieldNote['kind'];

export interface MomentDraft {
  /** React's key for the row; stable while rows are added and removed. */
  key: number;
  /** The stored moment's id on an edit, so the items citing it keep it. */
  id?: string;
  text: string;
  kind: NoteMoment['kind'];
  /** Comma-separated. */
  tags: string;
  raisedBy: NoteMoment['raisedBy'];
  raisedByChosen: boolean;
  severity: NoteMoment['severity'];
}

export interface NoteDraft {
  kind: NoteKind;
  observer: string;
  /** Emails, one per line or separated by commas. */
  salespeople: string;
  date: string;
  account: string;
  /** `UID@KEY`, or '' for none. */
  occurrence: string;
  moments: MomentDraft[];
}

let nextKey = 1;

export function defaultRaisedBy(kind: NoteKind): NoteMoment['raisedBy'] {
  return kind === 'interview' ? 'salesperson' : 'customer';
}

export function emptyMoment(kind: NoteKind): MomentDraft {
  return {
    key: nextKey++,
    text: '',
    kind: 'struggle',
    tags: '',
    raisedBy: defaultRaisedBy(kind),
    raisedByChosen: false,
    severity: 2,
  };
}

/** Today in the viewer's time zone, as `YYYY-MM-DD`. */
export function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyDraft(observer: string, now: Date): NoteDraft {
  return {
    kind: 'ride-along',
    observer,
    salespeople: '',
    date: today(now),
    account: '',
    occurrence: '',
    moments: [emptyMoment('ride-along')],
  };
}

/** `UID@KEY` as the API reads it back (a series without instances has no key). */
export function occurrenceText(occurrence: FieldNote['occurrence']): string {
  if (occurrence === null) return '';
  return occurrence.recurrenceKey === ''
    ? occurrence.uid
    : `${occurrence.uid}@${occurrence.recurrenceKey}`;
}

export function draftOf(note: FieldNote): NoteDraft {
  return {
    kind: note.kind,
    observer: note.observer,
    salespeople: note.salespeople.join('\n'),
    date: note.date,
    account: note.account ?? '',
    occurrence: occurrenceText(note.occurrence),
    moments: note.moments.map((m) => ({
      key: nextKey++,
      id: m.id,
      text: m.text,
      kind: m.kind,
      tags: m.tags.join(', '),
      raisedBy: m.raisedBy,
      raisedByChosen: true,
      severity: m.severity,
    })),
  };
}

/** A new kind: rows whose "raised by" was left alone follow it. */
export function withKind(draft: NoteDraft, kind: NoteKind): NoteDraft {
  return {
    ...draft,
    kind,
    moments: draft.moments.map((m) =>
      m.raisedByChosen ? m : { ...m, raisedBy: defaultRaisedBy(kind) },
    ),
  };
}

export function emailsOf(text: string): string[] {
  const emails = text
    .split(/[\s,;]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '');
  return [...new Set(emails)];
}

export function tagsOf(text: string): string[] {
  const tags = text
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  return [...new Set(tags)];
}

export type DraftResult = { ok: true; note: FieldNoteInput } | { ok: false; problems: string[] };

/** The note to send, or what is missing, named as the form names it. */
export function noteOf(draft: NoteDraft): DraftResult {
  const problems: string[] = [];
  const salespeople = emailsOf(draft.salespeople);
  if (draft.observer.trim() === '') problems.push('Observer: say who observed.');
  if (salespeople.length === 0) problems.push('Salespeople: name at least one salesperson.');
  if (draft.date === '') problems.push('Date: choose the day.');
  draft.moments.forEach((m, i) => {
    if (m.text.trim() === '') {
      problems.push(`Moment ${i + 1}: say what happened, or remove the moment.`);
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    note: {
      kind: draft.kind,
      observer: draft.observer.trim().toLowerCase(),
      salespeople,
      date: draft.date,
      account: draft.account.trim() === '' ? null : draft.account.trim(),
      occurrence: draft.occurrence === '' ? null : draft.occurrence,
      moments: draft.moments.map((m) => ({
        ...(m.id === undefined ? {} : { id: m.id }),
        text: m.text.trim(),
        kind: m.kind,
        tags: tagsOf(m.tags),
        raisedBy: m.raisedBy,
        severity: m.severity,
      })),
    },
  };
}
