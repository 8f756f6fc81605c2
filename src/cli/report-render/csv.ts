// RFC 4180 CSV: a header row, CRLF line ends (section 2, rule 1), and a field quoted when it holds
// a comma, a double quote, CR or LF, with each double quote doubled (section 2, rules 5–7).

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function renderCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
