// The expansion window of a calendar import when none is given: 12 months back to 3 months
// ahead of now (UTC midnights), for the CLI and the server alike.
export function defaultImportWindow(now: Date): { from: number; to: number } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  return { from: Date.UTC(y - 1, m, d), to: Date.UTC(y, m + 3, d) };
}
