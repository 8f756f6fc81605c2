// Reading request bodies with a byte limit, counted as they arrive: a JSON body in memory (small),
// an upload straight to a file (large), never more than the limit, whatever Content-Length says.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { jsonErrorPosition } from '../core/invites/json-error-position.js';
import { HttpError } from './errors.js';

export const JSON_BODY_LIMIT = 1024 * 1024;

/** The media type of a request, lower-case, without parameters (`text/csv; charset=…` → `text/csv`). */
export function mediaType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

export function requireMediaType(request: Request, accepted: readonly string[]): string {
  const type = mediaType(request);
  if (!accepted.includes(type)) {
    throw new HttpError(
      'bad-input',
      `send the body with Content-Type: ${accepted.join(' or ')}${type ? ` (got ${type})` : ''}`,
    );
  }
  return type;
}

/**
 * RFC 9110 §15.5.14: the server may close the connection so the client stops sending; the
 * message says how large an upload may be.
 */
export function tooLarge(limit: number): HttpError {
  return new HttpError(
    'too-large',
    `the upload is larger than the limit of ${formatBytes(limit)}`,
    { headers: { Connection: 'close' } },
  );
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

function declaredLength(request: Request): number | undefined {
  const header = request.headers.get('content-length');
  return header !== null && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** The whole body as bytes, refused past `limit`. */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  if ((declaredLength(request) ?? 0) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A JSON body (Content-Type: application/json), parsed; bad JSON is bad input with its position. */
export async function readJsonBody(request: Request): Promise<unknown> {
  requireMediaType(request, ['application/json']);
  const text = new TextDecoder().decode(await readBytes(request, JSON_BODY_LIMIT));
  if (text.trim() === '') throw new HttpError('bad-input', 'the body is empty: send a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(text);
    const where = at
      ? `line ${at.line}, column ${at.column} (position ${at.position}): unexpected ${at.found}`
      : (error as Error).message;
    throw new HttpError('bad-input', `the body is not valid JSON: ${where}`, {}, { cause: error });
  }
}

/**
 * Streams the body into `path`, chunk by chunk with backpressure, so memory stays flat whatever
 * the size; past `limit` the file is removed and the upload refused (413). Returns the size.
 */
export async function receiveToFile(
  request: Request,
  path: string,
  limit: number,
): Promise<number> {
  if ((declaredLength(request) ?? 0) > limit) throw tooLarge(limit);
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) done(tooLarge(limit));
      else done(null, chunk);
    },
  });
  const source = request.body
    ? Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>)
    : Readable.from([]);
  try {
    await pipeline(source, counter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof HttpError) throw error;
    throw new HttpError('bad-input', 'the upload was interrupted', {}, { cause: error });
  }
  return size;
}
