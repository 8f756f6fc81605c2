// The enablement stores on SQLite and PostgreSQL: notes with their moments and salespeople,
// requests with votes, items with evidence — every write one transaction, everyone named in the
// directory, nothing half-written when something is wrong.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DirectoryPerson } from '../../src/core/directory/person.js';
import type { EnablementRequest } from '../../src/core/enablement/model.js';
import { OrientError } from '../../src/core/orient-error.js';
import { replaceDirectory } from '../../src/storage/directory-store.js';
import {
  addItems,
  deleteItem,
  getItem,
  linkEvidence,
  listItems,
  shipItem,
  unlinkEvidence,
  updateItem,
  type NewItem,
} from '../../src/storage/enablement-items-store.js';
import {
  addObservations,
  deleteObservation,
  getObservation,
  listObservations,
  updateObservation,
  type NewObservation,
} from '../../src/storage/enablement-observations-store.js';
import {
  addRequest,
  changeRequests,
  getRequest,
  listRequests,
} from '../../src/storage/enablement-requests-store.js';
import type { OrientDatabase } from '../../src/storage/database.js';
import { BACKENDS, freshDatabase } from '../support/backends.js';

const NOW = '2026-03-02T14:00:00Z';

function person(email: string, department: string, role: string): DirectoryPerson {
  return { email, name: email.split('@')[0]!, department, role, manager: null, timezone: null };
}

const PEOPLE = [
  person('ana@acme.com', 'Sales', 'Account Executive'),
  person('bo@acme.com', 'Sales', 'Account Executive'),
  person('pm@acme.com', 'Product', 'Product Manager'),
];

async function fresh(backend: (typeof BACKENDS)[number]): Promise<OrientDatabase> {
  const database = await freshDatabase(backend);
  onTestFinished(() => database.close());
  await replaceDirectory(database.db, PEOPLE, NOW);
  return database;
}

function note(extra: Partial<NewObservation> = {}): NewObservation {
  return {
    kind: 'ride-along',
    observer: 'pm@acme.com',
    salespeople: ['ana@acme.com'],
    date: '2026-03-02',
    account: 'Globex',
    occurrence: null,
    moments: [
      {
        text: 'could not answer the security questionnaire',
        kind: 'struggle',
        tags: ['security'],
        raisedBy: 'customer',
        severity: 3,
      },
    ],
    ...extra,
  };
}

function item(extra: Partial<NewItem> = {}): NewItem {
  return {
    title: 'Security answers sheet',
    kind: 'worksheet',
    description: '',
    evidence: { observations: [], moments: [], requests: [] },
    effortDays: 3,
    cost: 0,
    sellingHoursPerWeek: 2,
    derivation: null,
    confidence: 0.8,
    status: 'proposed',
    shippedAt: null,
    tags: ['security'],
    ...extra,
  };
}

/** Everything the enablement tables hold, to compare before and after a refused write. */
async function snapshot(database: OrientDatabase) {
  return {
    observations: await listObservations(database.db),
    requests: await listRequests(database.db),
    items: await listItems(database.db),
  };
}

async function rejection(promise: Promise<unknown>): Promise<OrientError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OrientError);
  return error as OrientError;
}

describe.each(BACKENDS)('enablement store on %s', (backend) => {
  describe('notes', () => {
    it('stores a note with its salespeople and moments, and reads it back', async () => {
      const database = await fresh(backend);
      const [stored] = await addObservations(
        database.db,
        [note({ salespeople: ['bo@acme.com', 'ana@acme.com'] })],
        { recordedBy: 'pm@acme.com', now: NOW },
      );
      expect(stored).toEqual({
        ...note({ salespeople: ['bo@acme.com', 'ana@acme.com'] }),
        id: stored!.id,
        moments: [{ ...note().moments[0]!, id: stored!.moments[0]!.id }],
        recordedBy: 'pm@acme.com',
        createdAt: NOW,
      });
      expect(await getObservation(database.db, stored!.id)).toEqual(stored);
      expect(await getObservation(database.db, '999')).toBeUndefined();
      expect(await getObservation(database.db, 'x')).toBeUndefined();
    });

    it('refuses an unknown salesperson or observer by name, and writes none of the batch', async () => {
      const database = await fresh(backend);
      const error = await rejection(
        addObservations(
          database.db,
          [
            note(),
            note({ salespeople: ['ana@acme.com', 'zed@acme.com'], observer: 'who@acme.com' }),
          ],
          { recordedBy: null, now: NOW },
        ),
      );
      expect(error.code).toBe('bad-input');
      expect(error.message).toBe(
        'unknown people: observer who@acme.com, salesperson zed@acme.com are not in the directory',
      );
      expect((await snapshot(database)).observations).toEqual([]);
    });

    it('refuses an occurrence that was never imported', async () => {
      const database = await fresh(backend);
      const error = await rejection(
        addObservations(
          database.db,
          [note({ occurrence: { uid: 'call@acme.com', recurrenceKey: '' } })],
          { recordedBy: null, now: NOW },
        ),
      );
      expect(error.message).toBe('no imported occurrence call@acme.com');
      expect(await listObservations(database.db)).toEqual([]);
    });

    it('lists what someone observed or logged; edits keep cited moments and drop the rest', async () => {
      const database = await fresh(backend);
      const two = note({
        moments: [
          {
            text: 'pricing',
            kind: 'unsure',
            tags: ['pricing'],
            raisedBy: 'salesperson',
            severity: 1,
          },
          { text: 'integrations', kind: 'struggle', tags: [], raisedBy: 'customer', severity: 2 },
        ],
      });
      const [mine, theirs] = await addObservations(
        database.db,
        [two, note({ date: '2026-03-01' })],
        {
          recordedBy: 'admin@acme.com',
          now: NOW,
        },
      );
      expect((await listObservations(database.db)).map((o) => o.id)).toEqual([
        theirs!.id,
        mine!.id,
      ]);
      expect(await listObservations(database.db, { visibleTo: 'ana@acme.com' })).toEqual([]);
      expect(await listObservations(database.db, { visibleTo: 'pm@acme.com' })).toHaveLength(2);
      expect(await listObservations(database.db, { visibleTo: 'admin@acme.com' })).toHaveLength(2);

      const [pricing, integrations] = mine!.moments;
      const [sheet] = await addItems(
        database.db,
        [
          item({
            evidence: { observations: [], moments: [pricing!.id, integrations!.id], requests: [] },
          }),
        ],
        NOW,
      );
      const edited = await updateObservation(database.db, mine!.id, {
        ...two,
        account: null,
        moments: [{ ...pricing!, text: 'pricing tiers' }],
      });
      expect(edited?.account).toBeNull();
      expect(edited?.moments).toEqual([{ ...pricing!, text: 'pricing tiers' }]);
      expect((await getItem(database.db, sheet!.id))?.evidence.moments).toEqual([pricing!.id]);

      const before = await snapshot(database);
      const error = await rejection(
        updateObservation(database.db, mine!.id, {
          ...two,
          moments: [{ ...integrations!, text: 'gone already' }],
        }),
      );
      expect(error.message).toBe(`moment ${integrations!.id} is not a moment of note ${mine!.id}`);
      expect(await snapshot(database)).toEqual(before);
      expect(await updateObservation(database.db, '999', two)).toBeUndefined();
    });

    it('deletes a note with its moments and the evidence links to them', async () => {
      const database = await fresh(backend);
      const [stored] = await addObservations(database.db, [note()], { recordedBy: null, now: NOW });
      const [sheet] = await addItems(
        database.db,
        [
          item({
            evidence: {
              observations: [stored!.id],
              moments: [stored!.moments[0]!.id],
              requests: [],
            },
          }),
        ],
        NOW,
      );
      expect(await deleteObservation(database.db, stored!.id)).toBe(true);
      expect(await deleteObservation(database.db, stored!.id)).toBe(false);
      expect((await getItem(database.db, sheet!.id))?.evidence).toEqual({
        observations: [],
        moments: [],
        requests: [],
      });
      expect(await database.db.selectFrom('moments').selectAll().execute()).toEqual([]);
    });
  });

  describe('requests', () => {
    it('stores a request; an unknown requester is refused by name', async () => {
      const database = await fresh(backend);
      const stored = await addRequest(database.db, {
        title: 'Pricing calculator',
        description: 'for multi-year deals',
        requestedBy: 'ana@acme.com',
        now: NOW,
      });
      expect(stored).toEqual({
        id: stored.id,
        title: 'Pricing calculator',
        description: 'for multi-year deals',
        requestedBy: 'ana@acme.com',
        status: 'open',
        mergedInto: null,
        votes: [],
        createdAt: NOW,
      });
      const error = await rejection(
        addRequest(database.db, {
          title: 'x',
          description: '',
          requestedBy: 'zed@acme.com',
          now: NOW,
        }),
      );
      expect(error.message).toBe('unknown: requester zed@acme.com is not in the directory');
      expect(await listRequests(database.db)).toEqual([stored]);
    });

    it('writes what a transition changed: votes added, replaced and removed, status, merge', async () => {
      const database = await fresh(backend);
      const a = await addRequest(database.db, {
        title: 'A',
        description: '',
        requestedBy: 'ana@acme.com',
        now: NOW,
      });
      const b = await addRequest(database.db, {
        title: 'B',
        description: '',
        requestedBy: 'bo@acme.com',
        now: NOW,
      });
      const vote = (salesperson: string, recordedBy = salesperson) => ({
        salesperson,
        recordedBy,
        at: NOW,
      });
      await changeRequests(database.db, [a.id], ([r]) => ({
        requests: [{ ...r!, votes: [vote('ana@acme.com'), vote('bo@acme.com', 'pm@acme.com')] }],
        result: null,
      }));
      expect((await getRequest(database.db, a.id))?.votes).toEqual([
        vote('ana@acme.com'),
        vote('bo@acme.com', 'pm@acme.com'),
      ]);
      await changeRequests(
        database.db,
        [a.id, b.id],
        ([from, into]): {
          requests: EnablementRequest[];
          result: null;
        } => ({
          requests: [
            { ...from!, status: 'duplicate', mergedInto: into!.id, votes: [] },
            { ...into!, votes: from!.votes },
          ],
          result: null,
        }),
      );
      expect(await getRequest(database.db, a.id)).toMatchObject({
        status: 'duplicate',
        mergedInto: b.id,
        votes: [],
      });
      expect((await getRequest(database.db, b.id))?.votes).toHaveLength(2);
    });

    it('a transition that fails, or credits someone unknown, writes nothing', async () => {
      const database = await fresh(backend);
      const a = await addRequest(database.db, {
        title: 'A',
        description: '',
        requestedBy: 'ana@acme.com',
        now: NOW,
      });
      const before = await snapshot(database);
      const error = await rejection(
        changeRequests(database.db, [a.id], ([r]) => ({
          requests: [
            {
              ...r!,
              status: 'planned',
              votes: [{ salesperson: 'zed@acme.com', recordedBy: 'pm@acme.com', at: NOW }],
            },
          ],
          result: null,
        })),
      );
      expect(error.message).toBe('unknown: salesperson zed@acme.com is not in the directory');
      expect(await snapshot(database)).toEqual(before);
      const missing = await rejection(
        changeRequests(database.db, [a.id, '42'], (requests) => ({ requests, result: null })),
      );
      expect(missing.code).toBe('not-found');
      expect(missing.message).toBe('no request 42');
    });
  });

  describe('items', () => {
    it('imports items all or nothing: one negative cost and none is stored', async () => {
      const database = await fresh(backend);
      const error = await rejection(
        addItems(database.db, [item(), item({ title: 'Deck', cost: -5 })], NOW),
      );
      expect(error.message).toBe('item 2: cost -5 must be 0 or more');
      expect(await listItems(database.db)).toEqual([]);
      // A count of salespeople is whole on both backends (PostgreSQL's column would refuse 2.5).
      const half = await rejection(
        addItems(
          database.db,
          [
            item({
              sellingHoursPerWeek: null,
              derivation: { timesPerWeek: 1, salespeople: 2.5, minutesLost: 10 },
            }),
          ],
          NOW,
        ),
      );
      // One item: the message needs no "item N:" to say which.
      expect(half.message).toBe('salespeople 2.5 must be a whole number');
      expect(await listItems(database.db)).toEqual([]);
      const stored = await addItems(
        database.db,
        [
          item(),
          item({
            title: 'SE hire',
            kind: 'hire',
            sellingHoursPerWeek: null,
            derivation: { timesPerWeek: 2, salespeople: 6, minutesLost: 30 },
          }),
        ],
        NOW,
      );
      expect(stored.map((i) => [i.title, i.sellingHoursPerWeek, i.derivation])).toEqual([
        ['Security answers sheet', 2, null],
        ['SE hire', null, { timesPerWeek: 2, salespeople: 6, minutesLost: 30 }],
      ]);
      expect(await listItems(database.db)).toEqual(stored);
    });

    it('links evidence that exists, refuses what does not, unlinks, edits, ships and deletes', async () => {
      const database = await fresh(backend);
      const [observed] = await addObservations(database.db, [note()], {
        recordedBy: null,
        now: NOW,
      });
      const asked = await addRequest(database.db, {
        title: 'Sheet',
        description: '',
        requestedBy: 'ana@acme.com',
        now: NOW,
      });
      const [sheet] = await addItems(database.db, [item()], NOW);
      const links = {
        observations: [observed!.id],
        moments: [observed!.moments[0]!.id],
        requests: [asked.id],
      };
      expect((await linkEvidence(database.db, sheet!.id, links, 'add'))?.evidence).toEqual(links);

      const before = await snapshot(database);
      const error = await rejection(
        linkEvidence(
          database.db,
          sheet!.id,
          { observations: [], moments: ['77'], requests: ['88', 'x'] },
          'replace',
        ),
      );
      expect(error.message).toBe('no moment 77 to link');
      expect(await snapshot(database)).toEqual(before);

      const unlinked = await unlinkEvidence(database.db, sheet!.id, {
        observations: [observed!.id],
        moments: [],
        requests: [],
      });
      expect(unlinked?.evidence.observations).toEqual([]);

      expect(
        (await updateItem(database.db, sheet!.id, { cost: 1200, confidence: 0.5 }))?.cost,
      ).toBe(1200);
      const refused = await rejection(updateItem(database.db, sheet!.id, { confidence: 2 }));
      expect(refused.message).toBe('confidence 2 must be between 0 and 1');
      await rejection(updateItem(database.db, sheet!.id, { status: 'shipped' }));

      const shipped = await shipItem(database.db, sheet!.id, '2026-04-01');
      expect(shipped).toMatchObject({ status: 'shipped', shippedAt: '2026-04-01' });
      // Shipping the requests an item answers is the ingest layer's (shipItemAndRequests).
      expect((await getRequest(database.db, asked.id))?.status).toBe('open');
      const unship = await rejection(updateItem(database.db, sheet!.id, { status: 'planned' }));
      expect(unship.message).toBe(
        `item ${sheet!.id} shipped on 2026-04-01; a shipped item stays shipped`,
      );
      expect(await getItem(database.db, sheet!.id)).toMatchObject({
        status: 'shipped',
        shippedAt: '2026-04-01',
      });

      expect(await deleteItem(database.db, sheet!.id)).toBe(true);
      expect(await getItem(database.db, sheet!.id)).toBeUndefined();
      expect(await database.db.selectFrom('item_evidence').selectAll().execute()).toEqual([]);
    });
  });
});
