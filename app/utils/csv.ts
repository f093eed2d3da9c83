/**
 * The one CSV writer of the app. Every file opens right in a Dutch Excel or
 * LibreOffice: UTF-8 with a BOM, `;` between cells (Dutch Excel's list
 * separator), CRLF line ends, numbers with a decimal comma, one formula guard,
 * and text that a spreadsheet would silently turn into a date or a number
 * (`1/3`, `1-3`, `007`, `3,5`) kept as text. See decision 019-csv-for-dutch-spreadsheets.
 */
export type CsvCell = string | number | boolean | Date | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula, also
// after leading spaces; tab and carriage return are the other known tricks.
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

// Text made only of digits and date/number punctuation (1/3, 1-3, 007, 3,5, 12:30, 50%)
// or in scientific notation (1e5): Excel converts it on opening.
const LOOKS_NUMERIC = /^(?=.*\d)[\d\s.,/:%-]+$|^\d+(?:[.,]\d+)?e\d+$/i;
// Day and month name (3 jan, 3-mrt, jan-3): Excel turns these into dates too.
const MONTHS = "jan|feb|mrt|mar|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec";
const LOOKS_LIKE_DATE = new RegExp(
  `^\\d{1,2}[\\s./-]?(?:${MONTHS})[a-z]*\\.?(?:[\\s./-]\\d{2,4})?$|^(?:${MONTHS})[a-z]*[\\s./-]\\d{1,4}$`,
  "i",
);

/** Makes a cell inert for Excel/LibreOffice: a formula-like start gets a leading single quote. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Whether a spreadsheet would read this text as a number or date rather than as the text it is. */
export function wouldBecomeNumberOrDate(value: string): boolean {
  return LOOKS_NUMERIC.test(value) || LOOKS_LIKE_DATE.test(value);
}

/** Decimal comma, as a Dutch spreadsheet reads numbers. */
const formatNumber = (value: number) => String(value).replace(".", ",");

function textCell(value: string): string {
  const guarded = neutraliseCell(value);
  // The writer's own ="…" wraps only text of digits and punctuation (no quotes can
  // occur in it), so it is a constant, not a formula anyone can inject into.
  if (guarded === value && wouldBecomeNumberOrDate(value.trim())) return `="${value}"`;
  return guarded;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? formatNumber(cell) : "";
  if (typeof cell === "boolean") return cell ? "1" : "0";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return textCell(cell);
}

function quote(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One line of a CSV document, with its CRLF. */
function csvLine(row: CsvCell[]): string {
  return `${row.map((cell) => quote(cellText(cell))).join(";")}\r\n`;
}

/** A CSV document: BOM, `;`, CRLF, every text cell guarded against formulas and silent conversion. */
export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map(csvLine).join("")}`;
}

/**
 * A CSV download written while it is read: `rows` yields lists of rows (a
 * page of a keyset query at a time) and is asked for the next page only when
 * the previous one was taken, so memory holds one page, not the file. Same
 * BOM, separator, line ends and guards as `toCsv`.
 */
export function csvStreamResponse(rows: AsyncIterable<CsvCell[][]>, filename: string): Response {
  const encoder = new TextEncoder();
  const pages = rows[Symbol.asyncIterator]();
  let started = false;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode("\uFEFF"));
          return;
        }
        const next = await pages.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(csvLine).join("")));
      },
      async cancel() {
        await pages.return?.();
      },
    },
    { highWaterMark: 0 },
  );
  return csvResponse(body, filename);
}

/** A CSV download that no cache keeps. */
export function csvResponse(csv: string | ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/["\\\r\n]/g, "")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
