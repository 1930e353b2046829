// CSV for the classroom end screen. Semicolons and a byte-order mark, because that is
// what Dutch spreadsheet programs open without an import wizard.

/** Quotes a cell when it holds a separator, a quote or a line break; defuses formula prefixes. */
export function csvCell(value: string | number, separator = ';'): string {
  let text = String(value);
  // A cell starting with =, +, - or @ would run as a formula in a spreadsheet.
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text, lines ended by CRLF, with a UTF-8 byte-order mark. */
export function toCsv(rows: readonly (readonly (string | number)[])[], separator = ';'): string {
  return `\uFEFF${rows.map((row) => row.map((c) => csvCell(c, separator)).join(separator)).join('\r\n')}\r\n`;
}
