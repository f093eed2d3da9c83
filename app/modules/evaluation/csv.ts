// Spreadsheet programs run a cell that starts with one of these as a formula,
// also after leading spaces; tab and carriage return are the other known tricks.
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** Makes a cell inert for Excel/LibreOffice: a formula-like start gets a leading single quote. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV file as Dutch spreadsheets expect it: semicolons, CRLF, a UTF-8 BOM,
 * every cell neutralised against formula injection.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  return `\uFEFF${csvRows(rows)}`;
}

/** Rows of a CSV file without the BOM: the continuation of a streamed file. */
export function csvRows(rows: (string | number | null)[][]): string {
  const lines = rows.map((row) => row.map((cell) => quote(neutraliseCell(cell === null ? "" : typeof cell === "number" ? formatNumber(cell) : cell))).join(";"));
  return lines.length ? `${lines.join("\r\n")}\r\n` : "";
}

/** Decimal comma, as a Dutch spreadsheet reads numbers. */
export const formatNumber = (value: number) => String(value).replace(".", ",");
