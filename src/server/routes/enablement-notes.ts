// Field notes (ride-alongs and interviews): product and market people log what they saw
// salespeople struggle with. Notes name salespeople, so a member reads and changes only the notes
// they observed or logged; analysts and admins read them all (they plan enablement from them).
import { z } from 'zod';
import { observationInput } from '../../ingest/enablement-inputs.js';
import {
  addObservations,
  deleteObservation,
  getObservation,
  listObservations,
  updateObservation,
  type StoredObservation,
} from '../../storage/enablement-observations-store.js';
import { HttpError } from '../errors.js';
import { defineRoute } from '../route.js';
import type { Caller } from './enablement-access.js';
import { callerOf, ownsNote, seesEveryone } from './enablement-access.js';
import { noteSchema } from './enablement-schemas.js';
import { idParam, noContent } from './schemas.js';

const TAG = 'enablement';

const noteBody = observationInput.meta({
  description:
    '{ kind?: ride-along | interview, observer, salespeople: [emails], date, account?, ' +
    'occurrence?: "UID[@KEY]", moments?: [{ text, kind?, tags?, raisedBy?, severity? }] }',
});

/** A member may log notes only as the observer; analysts and admins for anyone. */
function checkObserver(caller: Caller, observer: string): void {
  if (!seesEveryone(caller) && observer !== caller.email) {
    throw new HttpError(
      'forbidden',
      `body.observer: a member logs their own notes (you are ${caller.email})`,
    );
  }
}

/** The note, when the caller may see it; not-found otherwise (a member learns nothing of others'). */
export async function visibleNote(
  db: Parameters<typeof getObservation>[0],
  caller: Caller,
  id: number,
): Promise<StoredObservation> {
  const note = await getObservation(db, String(id));
  if (!note || (!seesEveryone(caller) && !ownsNote(caller, note))) {
    throw new HttpError('not-found', `no note ${id}`);
  }
  return note;
}

const list = defineRoute({
  method: 'get',
  path: '/api/notes',
  tag: TAG,
  summary: 'field notes: yours (member), or everyone’s (analyst, admin)',
  access: 'member',
  responses: { 200: { description: 'by date, then id', schema: z.array(noteSchema) } },
  async handle({ c, app, auth }) {
    const caller = callerOf(auth);
    return c.json(
      await listObservations(
        app.database.db,
        seesEveryone(caller) ? {} : { visibleTo: caller.email },
      ),
    );
  },
});

const create = defineRoute({
  method: 'post',
  path: '/api/notes',
  tag: TAG,
  summary: 'log a field note (a member as its observer)',
  description:
    'Everyone named must be in the directory and the occurrence imported, else 400 naming them; ' +
    'nothing is stored.',
  access: 'member',
  body: { kind: 'json', schema: noteBody },
  responses: { 201: { description: 'stored, with ids', schema: noteSchema } },
  async handle({ c, app, auth, body }) {
    const caller = callerOf(auth);
    checkObserver(caller, body.observer);
    const [stored] = await addObservations(app.database.db, [body], {
      recordedBy: caller.email,
      now: app.nowStored(),
    });
    return c.json(stored, 201);
  },
});

const read = defineRoute({
  method: 'get',
  path: '/api/notes/:id',
  tag: TAG,
  summary: 'one field note (a member: their own)',
  access: 'member',
  params: idParam,
  responses: { 200: { description: 'the note', schema: noteSchema }, 404: { description: 'none' } },
  async handle({ c, app, auth, params }) {
    return c.json(await visibleNote(app.database.db, callerOf(auth), params.id));
  },
});

const replace = defineRoute({
  method: 'put',
  path: '/api/notes/:id',
  tag: TAG,
  summary: 'replace a field note (a member: their own)',
  description:
    'The whole note as for POST. A moment sent with its `id` keeps it (and the items citing ' +
    'it); moments left out are deleted with their evidence links.',
  access: 'member',
  params: idParam,
  body: { kind: 'json', schema: noteBody },
  responses: {
    200: { description: 'as stored', schema: noteSchema },
    404: { description: 'none' },
  },
  async handle({ c, app, auth, params, body }) {
    const caller = callerOf(auth);
    await visibleNote(app.database.db, caller, params.id);
    checkObserver(caller, body.observer);
    const stored = await updateObservation(app.database.db, String(params.id), body);
    if (!stored) throw new HttpError('not-found', `no note ${params.id}`);
    return c.json(stored);
  },
});

const remove = defineRoute({
  method: 'delete',
  path: '/api/notes/:id',
  tag: TAG,
  summary: 'delete a field note with its moments and the evidence links to them',
  access: 'member',
  params: idParam,
  responses: { 204: noContent, 404: { description: 'none' } },
  async handle({ c, app, auth, params }) {
    await visibleNote(app.database.db, callerOf(auth), params.id);
    await deleteObservation(app.database.db, String(params.id));
    return c.body(null, 204);
  },
});

/** The /api/notes/:id routes come after the fixed paths (csv, suggestions), which they would match. */
export const NOTE_ID_ROUTES = [read, replace, remove];
export const NOTE_ROUTES = [list, create];
