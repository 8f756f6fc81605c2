// The typed client of the HTTP API (docs/api.md). Every failure becomes an ApiError carrying the
// server's `{ error: { code, message } }`; state-changing requests send the session's CSRF token.
import type {
  CalendarFileReport,
  DataRange,
  DateRange,
  DecisionSummary,
  DirectoryImportResult,
  ErrorBody,
  ErrorCode,
  InviteCheckAnswer,
  InviteCheckRequest,
  InviteDecision,
  LoggedDecision,
  MeetingOccurrence,
  Report,
  Session,
} from './api-types.js';
import type {
  FieldNote,
  FieldNoteInput,
  NotesCsvImport,
  RequestStatus,
  RequestView,
  RideAlongs,
} from './api-types.js';
import type {
  ClosedLoop,
  EnablementItem,
  EnablementRequest,
  EvidenceLinks,
  ItemsImport,
  NewItem,
  Observation,
  PlanAnswer,
  RankedItems,
  ScoringMethod,
  ShippedItem,
  StaffingAnswer,
} from './api-types.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
    readonly problems: { line?: number; message: string }[] = [],
    /** Seconds, from `Retry-After` on 429. */
    readonly retryAfter: number | null = null,
    /** What else the error body held beside `error`, e.g. an upload's per-file report. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembers the token state-changing requests must send (from sign-in or GET /api/session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

interface RequestOptions {
  json?: unknown;
  body?: Blob;
  contentType?: string;
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'application/octet-stream';
    body = options.body;
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken !== null) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server cannot be reached. Check your connection.');
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function errorOf(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('Retry-After'));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : null;
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  const error = body?.error;
  if (body && error && typeof error.message === 'string') {
    const details = Object.fromEntries(
      Object.entries(body).filter(([key]) => key !== 'error' && key !== 'problems'),
    );
    return new ApiError(
      response.status,
      error.code,
      error.message,
      body.problems,
      retryAfter,
      details,
    );
  }
  return new ApiError(
    response.status,
    response.status >= 500 ? 'internal' : 'bad-input',
    `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
    [],
    retryAfter,
  );
}

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    search.set(key, value === true ? '1' : String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export interface CalendarUpload {
  /** Tells the server this is the batch's last file, so it counts what the batch touched. */
  last: boolean;
  from?: string;
  to?: string;
  owner?: string;
}

export const api = {
  session: () => request<Session>('GET', '/api/session'),
  signIn: (email: string, password: string) =>
    request<Session>('POST', '/api/session', { json: { email, password } }),
  signOut: () => request<undefined>('DELETE', '/api/session'),

  report: (range: DateRange | null, people: boolean, signal?: AbortSignal) =>
    request<Report>('GET', `/api/report${query({ ...range, people })}`, { signal }),
  reportRange: (signal?: AbortSignal) => request<DataRange>('GET', '/api/report/range', { signal }),
  occurrences: (uid: string, range: DateRange | null, signal?: AbortSignal) =>
    request<MeetingOccurrence[]>(
      'GET',
      `/api/meetings/${encodeURIComponent(uid)}/occurrences${query({ ...range })}`,
      { signal },
    ),

  inviteCheck: (check: InviteCheckRequest, signal?: AbortSignal) =>
    request<InviteCheckAnswer>('POST', '/api/invite-check', { json: check, signal }),
  logDecision: (decision: InviteDecision) =>
    request<LoggedDecision>('POST', '/api/invite-decisions', { json: decision }),
  decisionSummary: () => request<DecisionSummary>('GET', '/api/invite-decisions/summary'),

  importDirectory: (file: File) =>
    request<DirectoryImportResult>('POST', `/api/import/directory${query({ name: file.name })}`, {
      body: file,
      contentType: 'text/csv',
    }),
  importCalendar: (file: File, upload: CalendarUpload) =>
    request<CalendarFileReport>(
      'POST',
      `/api/import/calendars${query({
        owner: upload.owner,
        name: file.name,
        from: upload.from,
        to: upload.to,
        last: upload.last,
      })}`,
      { body: file, contentType: 'text/calendar' },
    ),
  finishImport: () => request<{ people: number }>('POST', '/api/import/finish'),

  notes: (signal?: AbortSignal) => request<FieldNote[]>('GET', '/api/notes', { signal }),
  addNote: (note: FieldNoteInput) => request<FieldNote>('POST', '/api/notes', { json: note }),
  updateNote: (id: string, note: FieldNoteInput) =>
    request<FieldNote>('PUT', `/api/notes/${encodeURIComponent(id)}`, { json: note }),
  deleteNote: (id: string) => request<undefined>('DELETE', `/api/notes/${encodeURIComponent(id)}`),
  importNotes: (file: File) =>
    request<NotesCsvImport>('POST', `/api/notes/csv${query({ name: file.name })}`, {
      body: file,
      contentType: 'text/csv',
    }),
  /** Sales calls to ride along on (default range as the report's). */
  rideAlongs: (signal?: AbortSignal) =>
    request<RideAlongs>('GET', '/api/notes/suggestions', { signal }),

  requests: (signal?: AbortSignal) => request<RequestView[]>('GET', '/api/requests', { signal }),
  askRequest: (ask: { title: string; description: string; requestedBy?: string }) =>
    request<RequestView>('POST', '/api/requests', { json: ask }),
  /** A vote credited to `salesperson`, or to you when it is left out. */
  vote: (id: string, salesperson?: string) =>
    request<RequestView>('POST', `/api/requests/${encodeURIComponent(id)}/votes`, {
      json: salesperson === undefined ? {} : { salesperson },
    }),
  removeVote: (id: string, salesperson: string) =>
    request<RequestView>(
      'DELETE',
      `/api/requests/${encodeURIComponent(id)}/votes/${encodeURIComponent(salesperson)}`,
    ),
  setRequestStatus: (id: string, status: RequestStatus) =>
    request<RequestView>('PATCH', `/api/requests/${encodeURIComponent(id)}`, { json: { status } }),
  mergeRequest: (id: string, into: string) =>
    request<{ merged: RequestView; into: RequestView }>(
      'POST',
      `/api/requests/${encodeURIComponent(id)}/merge`,
      { json: { into } },
    ),

  items: (method: ScoringMethod, all: boolean, signal?: AbortSignal) =>
    request<RankedItems>('GET', `/api/items${query({ method, all })}`, { signal }),
  item: (id: string, signal?: AbortSignal) =>
    request<EnablementItem>('GET', `/api/items/${encodeURIComponent(id)}`, { signal }),
  addItem: (item: NewItem) => request<EnablementItem>('POST', '/api/items', { json: item }),
  linkEvidence: (id: string, links: Partial<EvidenceLinks>) =>
    request<EnablementItem>('POST', `/api/items/${encodeURIComponent(id)}/evidence`, {
      json: links,
    }),
  shipItem: (id: string, date: string) =>
    request<ShippedItem>('POST', `/api/items/${encodeURIComponent(id)}/ship`, { json: { date } }),
  plan: (budget: { days: number; money: number }, method: ScoringMethod, signal?: AbortSignal) =>
    request<PlanAnswer>('GET', `/api/plan${query({ ...budget, method })}`, { signal }),
  importItems: (file: File) =>
    request<ItemsImport>('POST', `/api/items/csv${query({ name: file.name })}`, {
      body: file,
      contentType: 'text/csv',
    }),
  staffing: (range: DateRange | null, signal?: AbortSignal) =>
    request<StaffingAnswer>('GET', `/api/items/staffing${query({ ...range })}`, { signal }),
  /** Whom to tell and the before/after figures of a shipped item; `people`: admins only. */
  loop: (id: string, people: boolean, signal?: AbortSignal) =>
    request<ClosedLoop>('GET', `/api/items/${encodeURIComponent(id)}/loop${query({ people })}`, {
      signal,
    }),
  /** Every field note (analysts and admins), for the evidence an item links. */
  notesForEvidence: (signal?: AbortSignal) =>
    request<Observation[]>('GET', '/api/notes', { signal }),
  /** Every request, for the evidence an item links. */
  requestsForEvidence: (signal?: AbortSignal) =>
    request<(EnablementRequest & { voteCount: number })[]>('GET', '/api/requests', { signal }),
};

/** The message to show for any failure, ApiError or not. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
