// One error shape on the wire, `{ "error": { "code", "message" } }` (STYLE.md), with every
// ErrorCode mapped to its HTTP status: a new code does not compile until it has one here.
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { OrientError, type ErrorCode } from '../core/orient-error.js';
import { DatabaseError } from '../storage/database.js';

export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  'bad-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'rate-limited': 429,
  unavailable: 503,
  internal: 500,
};

/** An OrientError that also sets response headers or adds fields beside `error` (`problems`). */
export class HttpError extends OrientError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly extra: { headers?: Record<string, string>; body?: Record<string, unknown> } = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.name = 'HttpError';
  }
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(HTTP_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
    }),
  })
  .meta({ id: 'Error' });

export function errorResponse(
  c: Context,
  code: ErrorCode,
  message: string,
  extra: HttpError['extra'] = {},
): Response {
  for (const [name, value] of Object.entries(extra.headers ?? {})) c.header(name, value);
  return c.json({ error: { code, message }, ...extra.body }, HTTP_STATUS[code]);
}

/** "query.from: use YYYY-MM-DD; body.email: …" — each zod issue with the field it is about. */
export function zodMessage(error: z.ZodError, where: string): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => `${where}.${k}: unknown field`).join('; ');
      }
      const path = [where, ...issue.path.map(String)].join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

const CODE_OF_STATUS = new Map(
  Object.entries(HTTP_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/** The app's onError: expected failures keep their code; anything else is a logged 500. */
export function errorHandler(log: (message: string) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error.code, error.message, error.extra);
    if (error instanceof OrientError) return errorResponse(c, error.code, error.message);
    if (error instanceof z.ZodError)
      return errorResponse(c, 'bad-input', zodMessage(error, 'input'));
    if (error instanceof DatabaseError) {
      log(`orient serve: ${error.message}`);
      return errorResponse(c, 'unavailable', 'the database is unavailable; try again shortly');
    }
    if (error instanceof HTTPException) {
      const code = CODE_OF_STATUS.get(error.status as ContentfulStatusCode) ?? 'internal';
      return errorResponse(c, code, error.message || code);
    }
    log(
      `orient serve: unexpected error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return errorResponse(c, 'internal', 'unexpected error (logged on the server)');
  };
}
