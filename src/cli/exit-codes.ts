// CLI exit codes per error code. 2 is bad input everywhere (as for `orient invite check`); 1 is
// any other failure.
import type { ErrorCode } from '../core/orient-error.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
/** `orient invite check`: the invite would pull salespeople away from selling (rule 9). */
export const EXIT_ASK_WHY = 3;

/**
 * Thrown by a command that finished its output and answers with a status of its own (commander
 * actions have no return value): `main` returns `status` and prints nothing more.
 */
export class CommandExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
    this.name = 'CommandExit';
  }
}

export const EXIT_CODE: Record<ErrorCode, number> = {
  'bad-input': EXIT_BAD_INPUT,
  'not-found': EXIT_BAD_INPUT,
  conflict: EXIT_FAILURE,
  unauthorized: EXIT_FAILURE,
  forbidden: EXIT_FAILURE,
  'too-large': EXIT_BAD_INPUT,
  'rate-limited': EXIT_FAILURE,
  unavailable: EXIT_FAILURE,
  internal: EXIT_FAILURE,
};
