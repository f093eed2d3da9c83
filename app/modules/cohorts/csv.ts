/**
 * One CSV cell. Cells that a spreadsheet would read as a formula
 * (starting with = + - @, or a tab or carriage return) get a leading
 * apostrophe, so an exported name cannot run code in Excel.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (comma separated, CRLF line ends, BOM so Excel reads UTF-8). */
export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
