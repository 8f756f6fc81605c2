// One error type with codes (STYLE.md "One error type with codes, mapped completely"): each edge
// maps every code — the CLI to exit codes, the server to HTTP statuses — so a new code does not
// compile until both know it.

export type ErrorCode =
  | 'bad-input'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'rate-limited'
  | 'unavailable'
  | 'internal';

export class OrientError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OrientError';
  }
}

export function badInput(message: string, cause?: unknown): OrientError {
  return new OrientError('bad-input', message, { cause });
}
