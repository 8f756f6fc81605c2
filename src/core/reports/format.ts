// Display rounding for report text (the JSON stays unrounded): shares as whole percentages, hours
// to one decimal, FTE to two.

/** 0.3149 → "31%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** 3.25 → "3.3", 182 → "182.0"; fixed one decimal for table columns. */
export function formatHours(hours: number): string {
  return fixed(hours, 1);
}

/** Hours in prose: 3.5 → "3.5", 182 → "182". */
export function formatHoursShort(hours: number): string {
  return formatHours(hours).replace(/\.0$/, '');
}

/** 1.046 → "1.05". */
export function formatFte(fte: number): string {
  return fixed(fte, 2);
}

/**
 * Half away from zero on the decimal value people work by hand (0.425 → "0.43", where
 * `toFixed` gives "0.42" from the binary double), and no "-0.0" from float noise.
 */
function fixed(x: number, digits: number): string {
  const scale = 10 ** digits;
  const rounded = (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
  return (rounded === 0 ? 0 : rounded).toFixed(digits);
}
