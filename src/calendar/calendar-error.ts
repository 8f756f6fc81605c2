// Problems found while reading a calendar. A syntax error rejects the whole file (nothing of it is
// stored); a skipped item drops one component; a warning keeps the data but says what was assumed.

export class CalendarSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CalendarSyntaxError';
  }
}

export interface SkippedItem {
  line: number;
  uid: string | null;
  reason: string;
}

export interface CalendarWarning {
  line: number;
  message: string;
}
