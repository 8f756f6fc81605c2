// Display rounding for report text (the JSON stays unrounded): shares as whole percentages, hours
// to one decimal, FTE to two.

/** 0.3149 → "31%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** 3.25 → "3.3", 182 → "182.0"; fixed one decimal for table columns. */
export function formatHours(hours: number): string {
  return clean(hours.toFixed(1));
}

/** Hours in prose: 3.5 → "3.5", 182 → "182". */
export function formatHoursShort(hours: number): string {
  return formatHours(hours).replace(/\.0$/, '');
}

/** 1.046 → "1.05". */
export function formatFte(fte: number): string {
  return clean(fte.toFixed(2));
}

/** No "-0.0" from rounding tiny negative float noise. */
function clean(text: string): string {
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
