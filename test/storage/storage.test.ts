// One storage suite over SQLite and a real PostgreSQL server (STYLE.md: "No mocks").
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DirectoryPerson } from '../../src/core/directory/person.js';
import { DatabaseError, openDatabase } from '../../src/storage/database.js';
import type { OrientDatabase } from '../../src/storage/database.js';
import {
  findPerson,
  listCountingPeople,
  listPeople,
  replaceDirectory,
} from '../../src/storage/directory-store.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { inTransaction } from '../../src/storage/transaction.js';
import { BACKENDS, freshDatabase, freshTarget, postgresServerUrl } from '../support/backends.js';
import type { TestDatabase } from '../support/backends.js';

const T1 = '2026-03-02T14:00:00Z';
const T2 = '2026-03-09T14:00:00Z';
const T3 = '2026-03-16T14:00:00Z';
const T4 = '2026-03-23T14:00:00Z';

function person(email: string, overrides: Partial<DirectoryPerson> = {}): DirectoryPerson {
  const local = email.split('@')[0] ?? email;
  return {
    email,
    name: local.charAt(0).toUpperCase() + local.slice(1),
    department: 'Sales',
    role: 'Account Executive',
    manager: null,
    timezone: 'Europe/Berlin',
    ...overrides,
  };
}

const alice = person('alice@example.com', { role: 'Head of Sales' });
const bob = person('bob@example.com', { manager: 'alice@example.com' });
const carol = person('carol@example.com', { department: 'Engineering', timezone: null });
const dave = person('dave@example.com', { manager: 'alice@example.com' });

async function fresh(backend: (typeof BACKENDS)[number]): Promise<TestDatabase> {
  const database = await freshDatabase(backend);
  onTestFinished(() => database.close());
  return database;
}

/** Everything the tests can change, to compare before and after a failure. */
async function snapshot({ db }: OrientDatabase) {
  return {
    people: await listPeople(db, { includeInactive: true }),
    runs: await db.selectFrom('import_runs').selectAll().orderBy('id').execute(),
  };
}

function emailsOf(people: readonly { email: string }[]): string[] {
  return people.map((p) => p.email);
}

describe.each(BACKENDS)('storage on %s', (backend) => {
  describe('migrations', () => {
    it('apply on an empty database and are idempotent on reopen', async () => {
      const { target, dispose } = await freshTarget(backend);
      onTestFinished(dispose);

      const first = await openDatabase(target);
      expect(first.backend).toBe(backend);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`
        .execute(first.db)
        .then((result) => result.rows.map((row) => row.name));
      expect(applied).toEqual(Object.keys(MIGRATIONS));
      expect(await listPeople(first.db)).toEqual([]);
      await replaceDirectory(first.db, [alice], T1);
      await first.close();
      await first.close(); // twice is fine

      const again = await openDatabase(target);
      onTestFinished(() => again.close());
      const reapplied = await sql<{
        n: number;
      }>`select count(*) as n from kysely_migration`.execute(again.db);
      expect(reapplied.rows).toEqual([{ n: Object.keys(MIGRATIONS).length }]);
      expect(emailsOf(await listPeople(again.db))).toEqual(['alice@example.com']);
    });

    it('are skipped with migrate: false', async () => {
      const { target, dispose } = await freshTarget(backend);
      onTestFinished(dispose);
      const bare = await openDatabase(target, { migrate: false });
      onTestFinished(() => bare.close());
      await expect(listPeople(bare.db)).rejects.toThrow(/people/);
    });

    it('number import runs and default their summary to {}', async () => {
      const { db } = await fresh(backend);
      const ids = [];
      for (const kind of ['directory', 'calendars'] as const) {
        const row = await db
          .insertInto('import_runs')
          .values({ kind, started_at: T1 })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids.push(row.id);
      }
      expect(ids).toEqual([1, 2]);
      const runs = await db.selectFrom('import_runs').selectAll().orderBy('id').execute();
      expect(runs.map((run) => [run.kind, run.summary, run.finished_at])).toEqual([
        ['directory', '{}', null],
        ['calendars', '{}', null],
      ]);
    });

    it('refuse an active flag other than 0 or 1', async () => {
      const { db } = await fresh(backend);
      await expect(
        sql`insert into people (email, name, department, role, active, first_seen_at, updated_at)
            values ('x@example.com', 'X', 'Sales', 'AE', 2, ${T1}, ${T1})`.execute(db),
      ).rejects.toThrow();
    });
  });

  describe('replaceDirectory', () => {
    it('counts added, updated, deactivated, reactivated and unchanged people exactly', async () => {
      const { db } = await fresh(backend);

      // Empty table: everyone is new.
      expect(await replaceDirectory(db, [alice, bob, carol], T1)).toEqual({
        added: 3,
        updated: 0,
        deactivated: 0,
        reactivated: 0,
        unchanged: 0,
      });

      // alice same; bob promoted; carol gone; dave new.
      const bobPromoted = { ...bob, role: 'Sales Manager' };
      expect(await replaceDirectory(db, [alice, bobPromoted, dave], T2)).toEqual({
        added: 1,
        updated: 1,
        deactivated: 1,
        reactivated: 0,
        unchanged: 1,
      });

      // carol returns in another department (reactivated, not updated); dave gone.
      const carolMoved = { ...carol, department: 'Sales' };
      expect(await replaceDirectory(db, [alice, bobPromoted, carolMoved], T3)).toEqual({
        added: 0,
        updated: 0,
        deactivated: 1,
        reactivated: 1,
        unchanged: 2,
      });

      // The same export again: dave was already inactive, so nothing is deactivated twice.
      expect(await replaceDirectory(db, [carolMoved, alice, bobPromoted], T4)).toEqual({
        added: 0,
        updated: 0,
        deactivated: 0,
        reactivated: 0,
        unchanged: 3,
      });

      const everyone = await listPeople(db, { includeInactive: true });
      expect(everyone).toEqual([
        { ...alice, active: true, firstSeenAt: T1, updatedAt: T1 },
        { ...bobPromoted, active: true, firstSeenAt: T1, updatedAt: T2 },
        { ...carolMoved, active: true, firstSeenAt: T1, updatedAt: T3 },
        { ...dave, active: false, firstSeenAt: T2, updatedAt: T3 },
      ]);
      expect(emailsOf(await listPeople(db))).toEqual([
        'alice@example.com',
        'bob@example.com',
        'carol@example.com',
      ]);
      // What counting reads: the same people in the same order, five fields each.
      expect(await listCountingPeople(db)).toEqual(
        everyone.map(({ email, name, department, role, active }) => ({
          email,
          name,
          department,
          role,
          active,
        })),
      );

      // An empty export deactivates everyone still active, and keeps them.
      expect(await replaceDirectory(db, [], T4)).toEqual({
        added: 0,
        updated: 0,
        deactivated: 3,
        reactivated: 0,
        unchanged: 0,
      });
      expect(await listPeople(db)).toEqual([]);
      expect(await listPeople(db, { includeInactive: true })).toHaveLength(4);
    });

    it('treats every field as a detail: manager and time zone changes count as updates', async () => {
      const { db } = await fresh(backend);
      await replaceDirectory(db, [alice, bob, carol], T1);
      const changes = await replaceDirectory(
        db,
        [
          { ...alice, timezone: null },
          { ...bob, manager: null },
          { ...carol, name: 'Carol Q.' },
        ],
        T2,
      );
      expect(changes).toMatchObject({ updated: 3, unchanged: 0 });
    });

    it('stores e-mail addresses lower-case and finds them in any case', async () => {
      const { db } = await fresh(backend);
      await replaceDirectory(
        db,
        [person('Erin.Doe@Example.COM', { manager: 'Alice@Example.com' })],
        T1,
      );
      const erin = await findPerson(db, 'ERIN.DOE@example.com');
      expect(erin).toMatchObject({ email: 'erin.doe@example.com', manager: 'alice@example.com' });
      expect(await findPerson(db, 'nobody@example.com')).toBeUndefined();
      // Re-importing with different case is the same person, unchanged.
      expect(
        await replaceDirectory(
          db,
          [person('erin.doe@example.com', { name: 'Erin.Doe', manager: 'alice@example.com' })],
          T2,
        ),
      ).toMatchObject({ added: 0, unchanged: 1 });
    });

    it('refuses a list naming someone twice, and changes nothing', async () => {
      const { db } = await fresh(backend);
      await replaceDirectory(db, [alice], T1);
      const before = await snapshot({ db } as OrientDatabase);
      await expect(replaceDirectory(db, [bob, person('BOB@example.com')], T2)).rejects.toThrow(
        /bob@example.com appears more than once/,
      );
      expect(await snapshot({ db } as OrientDatabase)).toEqual(before);
    });

    it('replaces 10,000 people in batches', async () => {
      const { db } = await fresh(backend);
      const org = Array.from({ length: 10_000 }, (_, i) =>
        person(`p${String(i).padStart(5, '0')}@example.com`, {
          manager: i === 0 ? null : 'p00000@example.com',
          department: `Dept ${i % 40}`,
        }),
      );
      let started = performance.now();
      expect(await replaceDirectory(db, org, T1)).toMatchObject({ added: 10_000 });
      const firstMs = performance.now() - started;

      // Half change role, a quarter leave, and 2,500 join.
      const next = [
        ...org.slice(0, 5_000).map((p) => ({ ...p, role: 'Sales Engineer' })),
        ...org.slice(5_000, 7_500),
        ...Array.from({ length: 2_500 }, (_, i) => person(`new${i}@example.com`)),
      ];
      started = performance.now();
      expect(await replaceDirectory(db, next, T2)).toEqual({
        added: 2_500,
        updated: 5_000,
        deactivated: 2_500,
        reactivated: 0,
        unchanged: 2_500,
      });
      const secondMs = performance.now() - started;
      const count = await db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('active', '=', 1)
        .executeTakeFirstOrThrow();
      expect(count.n).toBe(10_000);
      if (backend === 'sqlite') {
        // The issue asks for "well under a second" on SQLite.
        expect(firstMs).toBeLessThan(1_000);
        expect(secondMs).toBeLessThan(1_000);
      }
    });
  });

  describe('transactions', () => {
    it('leave the database exactly as it was when the function throws', async () => {
      const database = await fresh(backend);
      const { db } = database;
      await replaceDirectory(db, [alice, bob, carol], T1);
      await replaceDirectory(db, [alice, bob], T2);
      await db.insertInto('import_runs').values({ kind: 'directory', started_at: T1 }).execute();
      const before = await snapshot(database);

      await expect(
        inTransaction(db, async (trx) => {
          await replaceDirectory(trx, [{ ...alice, role: 'CEO' }, carol, dave], T3);
          await trx
            .insertInto('import_runs')
            .values({ kind: 'directory', started_at: T3 })
            .execute();
          expect(emailsOf(await listPeople(trx))).toEqual([
            'alice@example.com',
            'carol@example.com',
            'dave@example.com',
          ]);
          throw new Error('the calendar folder vanished');
        }),
      ).rejects.toThrow('the calendar folder vanished');

      expect(await snapshot(database)).toEqual(before);
    });

    it('undo a replaceDirectory that fails after some batches were written', async () => {
      const database = await fresh(backend);
      const { db } = database;
      await replaceDirectory(db, [alice, bob], T1);
      const before = await snapshot(database);
      const org = Array.from({ length: 1_200 }, (_, i) => person(`p${i}@example.com`));
      // A caller bypassing the types: the NOT NULL constraint fails in the third batch.
      org[1_100] = { ...person('broken@example.com'), name: null as unknown as string };

      await expect(replaceDirectory(db, org, T2)).rejects.toThrow();

      expect(await snapshot(database)).toEqual(before);
    });

    it('commit what the function did when it resolves, and return its value', async () => {
      const { db } = await fresh(backend);
      const result = await inTransaction(db, (trx) => replaceDirectory(trx, [alice], T1));
      expect(result.added).toBe(1);
      expect(emailsOf(await listPeople(db))).toEqual(['alice@example.com']);
    });

    it('keep uncommitted writes from queries outside the transaction', async () => {
      const { db } = await fresh(backend);
      let release!: () => void;
      const written = new Promise<void>((resolve) => {
        release = resolve;
      });
      const failing = inTransaction(db, async (trx) => {
        await replaceDirectory(trx, [alice], T1);
        release();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error('abandon');
      });
      await written;
      // SQLite waits for the single connection; PostgreSQL reads on another one. Neither
      // may see alice.
      const outside = await listPeople(db);
      await expect(failing).rejects.toThrow('abandon');
      expect(outside).toEqual([]);
      expect(await listPeople(db)).toEqual([]);
    });
  });

  describe('listPeople', () => {
    it('orders by name (case and accents as a reader expects), then e-mail address', async () => {
      const { db } = await fresh(backend);
      await replaceDirectory(
        db,
        [
          person('zoe@example.com', { name: 'Zoë Adams' }),
          person('emile@example.com', { name: 'Émile Zola' }),
          person('bob2@example.com', { name: 'bob' }),
          person('bob1@example.com', { name: 'Bob' }),
          person('ada@example.com', { name: 'ada Lovelace' }),
          person('b.smith@example.com', { name: 'Bob' }),
          person('eve@example.com', { name: 'Eve' }),
        ],
        T1,
      );
      expect((await listPeople(db)).map((p) => `${p.name} <${p.email}>`)).toEqual([
        'ada Lovelace <ada@example.com>',
        'bob <bob2@example.com>',
        'Bob <b.smith@example.com>',
        'Bob <bob1@example.com>',
        'Émile Zola <emile@example.com>',
        'Eve <eve@example.com>',
        'Zoë Adams <zoe@example.com>',
      ]);
    });
  });

  describe('timestamps', () => {
    it('round-trip as ISO-8601 UTC text and compare as plain SQL', async () => {
      const { db } = await fresh(backend);
      await replaceDirectory(db, [alice, bob], '2026-03-02T14:00:00Z');
      await replaceDirectory(db, [alice, { ...bob, role: 'Manager' }], '2026-03-02T23:59:59Z');
      await replaceDirectory(db, [alice, bob], '2026-03-10T00:00:00Z');
      const alicesRow = await findPerson(db, 'alice@example.com');
      expect(alicesRow?.firstSeenAt).toBe('2026-03-02T14:00:00Z');

      const onMarch2 = await db
        .selectFrom('people')
        .select('email')
        .where('updated_at', '>=', '2026-03-02T00:00:00Z')
        .where('updated_at', '<', '2026-03-03T00:00:00Z')
        .execute();
      expect(emailsOf(onMarch2)).toEqual(['alice@example.com']);
      const latest = await db
        .selectFrom('people')
        .select((eb) => eb.fn.max('updated_at').as('latest'))
        .executeTakeFirstOrThrow();
      expect(latest.latest).toBe('2026-03-10T00:00:00Z');
    });

    it('refuse a "now" in any other form', async () => {
      const { db } = await fresh(backend);
      for (const now of [
        '2026-03-02 14:00:00',
        '2026-03-02T14:00:00.000Z',
        '2026-02-30T14:00:00Z',
      ]) {
        await expect(replaceDirectory(db, [alice], now)).rejects.toThrow(/ISO-8601 UTC/);
      }
      expect(await listPeople(db)).toEqual([]);
    });
  });

  describe('numbers', () => {
    it('come back as numbers from counts and sums', async () => {
      const { db } = await fresh(backend);
      await replaceDirectory(db, [alice, bob, carol], T1);
      const { rows } = await sql<{ n: unknown; total: unknown; big: unknown }>`
        select count(*) as n, sum(active) as total, cast(9007199254740991 as bigint) as big
        from people`.execute(db);
      expect(rows).toEqual([{ n: 3, total: 3, big: Number.MAX_SAFE_INTEGER }]);
    });

    // PostgreSQL only (SQLite has no bigint overflow to test): registered for that backend alone.
    if (backend === 'postgres') {
      it('fail rather than round a bigint past 2^53', async () => {
        const { db } = await fresh(backend);
        await expect(
          sql`select cast(9007199254740993 as bigint) as big`.execute(db),
        ).rejects.toThrow(
          "PostgreSQL bigint 9007199254740993 is outside JavaScript's safe integer range",
        );
        // The pool is still usable afterwards.
        expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([
          { one: 1 },
        ]);
      });
    }
  });
});

describe('opening errors', () => {
  it('names the SQLite file that cannot be opened', async () => {
    const missingDir = join(tmpdir(), `orient-missing-${process.pid}`, 'orient.db');
    const error = await openDatabase(missingDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'DB_OPEN_FAILED' });
    expect((error as Error).message).toBe(
      `Cannot open SQLite database ${missingDir}: Cannot open database because the directory does not exist`,
    );
  });

  it('names a file that is not a database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orient-test-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'This is not a database, it is a shopping list.\n'.repeat(200));
    await expect(openDatabase(file)).rejects.toThrow(
      `Cannot open SQLite database ${file}: file is not a database`,
    );
  });

  it('names an unreachable PostgreSQL server without its password', async () => {
    const port = await closedPort();
    const target = `postgres://orient:s3cr%40t@127.0.0.1:${port}/orient?password=hunter2`;
    const error = await openDatabase(target).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DB_CONNECT_FAILED' });
    const message = (error as Error).message;
    expect(message).toBe(
      `Cannot connect to PostgreSQL at postgres://orient:***@127.0.0.1:${port}/orient?password=***: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
    expect(message).not.toMatch(/s3cr|hunter2/);
  });

  it('names a database the PostgreSQL server does not have', async () => {
    const url = new URL(postgresServerUrl());
    url.pathname = '/orient_no_such_database';
    url.password = 'letmein';
    const error = await openDatabase(url.toString()).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^Cannot connect to PostgreSQL at postgres:\/\/postgres:\*\*\*@.*\/orient_no_such_database: database "orient_no_such_database" does not exist$/,
    );
  });
});

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}
