// A 200 MB export must not take the server down: the body is streamed (to disk, chunk by chunk),
// never held in memory. Process RSS is sampled while 200 MB flow in; it may not grow by 100 MB.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { receiveToFile } from '../../src/server/body.js';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../../src/server/deps.js';
import { json, testServer } from './support.js';

const MB = 1024 * 1024;
const SIZE = 200 * MB;

/** `size` bytes of calendar-looking lines in 64 KB chunks, made as they are read. */
function export200(size: number): ReadableStream<Uint8Array> {
  const line = 'DESCRIPTION:Quarterly business review with the whole account team\r\n';
  const chunk = new TextEncoder().encode(line.repeat(Math.floor((64 * 1024) / line.length)));
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

/** Runs `work` while sampling RSS; returns its result and the peak growth in bytes. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - before };
  } finally {
    clearInterval(sample);
  }
}

describe('a 200 MB upload', () => {
  test(
    'past the default limit it is refused (413) as it streams, in bounded memory, and the server goes on',
    { timeout: 120_000 },
    async () => {
      expect(DEFAULT_MAX_UPLOAD_BYTES).toBeLessThan(SIZE);
      const server = await testServer('sqlite');
      const admin = await server.as('admin');
      const { result: res, growth } = await peakGrowth(() =>
        server.call('POST', '/api/import/calendars?name=big%40acme.com.ics', {
          as: admin,
          body: export200(SIZE),
          type: 'text/calendar',
        }),
      );
      expect(res.status).toBe(413);
      expect(await json(res)).toMatchObject({ error: { code: 'too-large' } });
      expect(growth).toBeLessThan(100 * MB);
      expect((await server.call('GET', '/api/session', { as: admin })).status).toBe(200);
    },
  );

  test(
    'under the limit it is stored to disk without being buffered',
    { timeout: 120_000 },
    async () => {
      const server = await testServer('sqlite');
      const path = join(server.dir, 'export.ics');
      const request = new Request('http://localhost/', {
        method: 'POST',
        body: export200(SIZE),
        duplex: 'half',
      } as RequestInit);
      const { result: size, growth } = await peakGrowth(() =>
        receiveToFile(request, path, 250 * MB),
      );
      expect(size).toBe(SIZE);
      expect(statSync(path).size).toBe(SIZE);
      expect(growth).toBeLessThan(100 * MB);
    },
  );
});
