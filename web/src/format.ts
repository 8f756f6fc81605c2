// Numbers as the pages show them. The API sends unrounded figures; rounding is for display only.

export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

export function hours(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  const rounded = Number(value.toFixed(digits));
  return `${rounded.toLocaleString('en-US', { maximumFractionDigits: digits })} h`;
}

export function count(value: number, one: string, many = `${one}s`): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;
}

export function number(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A `YYYY-MM-DD` day as "1 Jun 2026". */
export function day(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : DATE.format(date);
}

/** An exclusive range end shown as the last day included. */
export function lastDay(exclusiveEnd: string): string {
  const date = new Date(`${exclusiveEnd}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return exclusiveEnd;
  date.setUTCDate(date.getUTCDate() - 1);
  return DATE.format(date);
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO instant in the viewer's time zone. */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}
