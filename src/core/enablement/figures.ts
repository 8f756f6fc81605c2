// How enablement figures read in explanations: plain numbers, at most two decimals, no trailing
// zeros ("6", "2.5", "0.33"), so a derivation can be checked by hand.

/** A number as prose: rounded to `decimals` places, trailing zeros dropped. */
export function figure(value: number, decimals = 2): string {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** "1 salesperson", "6 salespeople": the count and the right form of the noun. */
export function counted(count: number, one: string, many: string): string {
  return `${figure(count)} ${count === 1 ? one : many}`;
}
