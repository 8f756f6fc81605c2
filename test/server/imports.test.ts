// Uploads: the directory CSV (all or nothing), one .ics per request with the CLI's per-file
// report, and the upload limit (413, nothing kept, the server answers the next request).
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { EXPORTS, MARCH, PEOPLE_CSV, uploadOrg } from './org.js';
import { json, testServer, type Caller, type TestServer } from './support.js';

async function people(server: TestServer): Promise<number> {
  const rows = await server.database.db.selectFrom('people').select('email').execute();
  return rows.length;
}

function uploads(server: TestServer): string[] {
  return readdirSync(server.dir).filter((name) => name.startsWith('orient-upload-'));
}

/** A body of `size` bytes arriving in 64 KB chunks, with no Content-Length. */
function streamOf(size: number, fill = 'X'): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(fill.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
}

describe.each(BACKENDS)('%s', (backend) => {
  test('a directory CSV with a bad row is 400 with every problem, and nothing is stored', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const bad = PEOPLE_CSV.replace('bo@acme.com,Bo Chen', 'bo-at-acme,Bo Chen').replace(
      'di@acme.com,Di Ross,Sales,',
      'di@acme.com,Di Ross,,',
    );
    const res = await server.call('POST', '/api/import/directory?name=people.csv', {
      as: admin,
      body: bad,
      type: 'text/csv',
    });
    expect(res.status).toBe(400);
    const body = await json<{ error: { message: string }; problems: { line: number }[] }>(res);
    expect(body.error.message).toBe('people.csv: 2 problems; nothing was imported');
    expect(body.problems.map((p) => p.line)).toEqual([3, 5]);
    expect(await people(server)).toBe(0);
  });

  test('a good directory CSV reports what changed, as `orient import directory --json`', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const upload = () =>
      server.call('POST', '/api/import/directory', {
        as: admin,
        body: PEOPLE_CSV,
        type: 'text/csv',
      });
    expect(await json(await upload())).toEqual({
      people: 12,
      added: 12,
      updated: 0,
      deactivated: 0,
      reactivated: 0,
      unchanged: 0,
    });
    expect(await json(await upload())).toMatchObject({ added: 0, unchanged: 12 });
  });

  test('an .ics upload answers with its per-file report; a broken one is 400 with it', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    await uploadOrg(server, admin);
    const again = await server.call(
      'POST',
      `/api/import/calendars?owner=PMM@acme.com&name=export.ics&${MARCH}`,
      { as: admin, body: EXPORTS['pmm@acme.com.ics']!, type: 'text/calendar' },
    );
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual({
      file: 'export.ics',
      owner: 'pmm@acme.com',
      ok: true,
      events: 1,
      occurrences: 1,
      added: 0,
      removed: 0,
      skipped: [],
      warnings: [],
      bytes: Buffer.byteLength(EXPORTS['pmm@acme.com.ics']!),
    });
    const stored = await server.database.db
      .selectFrom('calendars')
      .select(['owner_email', 'source_file'])
      .where('owner_email', '=', 'pmm@acme.com')
      .execute();
    expect(stored).toEqual([{ owner_email: 'pmm@acme.com', source_file: 'export.ics' }]);

    const truncated = EXPORTS['ana@acme.com.ics']!.replace('END:VCALENDAR\r\n', '');
    const broken = await server.call('POST', `/api/import/calendars?name=ana@acme.com.ics`, {
      as: admin,
      body: truncated,
      type: 'text/calendar',
    });
    expect(broken.status).toBe(400);
    expect(await json(broken)).toMatchObject({
      error: { code: 'bad-input', message: expect.stringMatching(/^ana@acme\.com\.ics: line \d+/) },
      file: { ok: false, owner: 'ana@acme.com' },
    });
    const unnamed = await server.call('POST', '/api/import/calendars', {
      as: admin,
      body: EXPORTS['ana@acme.com.ics']!,
      type: 'text/calendar',
    });
    expect(await json(unnamed)).toMatchObject({
      error: { message: expect.stringContaining('cannot tell whose calendar this is') },
    });
    expect(uploads(server)).toEqual([]);
    expect(await json(await server.call('POST', '/api/import/finish', { as: admin }))).toEqual({
      people: expect.any(Number),
    });
  });

  test('upload inputs are checked: file name, owner, content type', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const post = (query: string, type = 'text/calendar') =>
      server
        .call('POST', `/api/import/calendars?${query}`, { as: admin, body: 'x', type })
        .then(async (res) => [
          res.status,
          (await json<{ error: { message: string } }>(res)).error.message,
        ]);
    expect(await post('name=../etc/passwd')).toEqual([
      400,
      'query.name: must be a file name, without folders or control characters',
    ]);
    expect(await post('owner=ana')).toEqual([400, 'query.owner: is not an email address']);
    expect(await post('from=2026-04-01&to=2026-03-01')).toEqual([
      400,
      'query.to: must be after from',
    ]);
    expect(await post('', 'application/x-www-form-urlencoded')).toEqual([
      400,
      'send the body with Content-Type: text/calendar or application/octet-stream (got application/x-www-form-urlencoded)',
    ]);
  });

  test('past the upload limit: 413, nothing kept, and the server answers the next request', async () => {
    const server = await testServer(backend, { maxUploadBytes: 256 * 1024 });
    const admin: Caller = await server.as('admin');
    const streamed = await server.call('POST', '/api/import/calendars?name=big@acme.com.ics', {
      as: admin,
      body: streamOf(1024 * 1024),
      type: 'text/calendar',
    });
    expect(streamed.status).toBe(413);
    expect(streamed.headers.get('connection')).toBe('close');
    expect(await json(streamed)).toEqual({
      error: { code: 'too-large', message: 'the upload is larger than the limit of 262144 bytes' },
    });
    const declared = await server.call('POST', '/api/import/calendars?name=big@acme.com.ics', {
      as: admin,
      body: 'X'.repeat(300 * 1024),
      type: 'text/calendar',
    });
    expect(declared.status).toBe(413);
    expect(uploads(server)).toEqual([]);
    expect(await server.database.db.selectFrom('calendars').selectAll().execute()).toEqual([]);
    expect((await server.call('GET', '/api/session', { as: admin })).status).toBe(200);
  });
});
