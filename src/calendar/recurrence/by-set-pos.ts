// BYSETPOS (RFC 5545 §3.3.10): "specifies a COMMA-separated list of values that corresponds to the
// nth occurrence within the set of recurrence instances specified by the rule", per interval
// period; negative values count from the end of the set. Applies to every FREQ.

/**
 * Writes into `out` the 0-based indices, ascending and distinct, that BYSETPOS picks from a
 * period set of `size` instances (in time order); returns how many. Positions past either end
 * pick nothing.
 */
export function pickSetPositions(bySetPos: readonly number[], size: number, out: number[]): number {
  let n = 0;
  for (const position of bySetPos) {
    const index = position > 0 ? position - 1 : size + position;
    if (index < 0 || index >= size) continue;
    // Insert in order, skipping repeats (1 and -size name the same instance).
    let at = n;
    while (at > 0 && (out[at - 1] ?? 0) > index) at--;
    if (at > 0 && out[at - 1] === index) continue;
    for (let i = n; i > at; i--) out[i] = out[i - 1] ?? 0;
    out[at] = index;
    n++;
  }
  return n;
}
