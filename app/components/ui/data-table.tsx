import type { ReactNode } from "react";

/** A column: its label (also the label of each cell when rows become cards on a phone), optionally shown differently in the header. */
export type Column =
  string | { label: string; header?: ReactNode; className?: string; hiddenLabel?: boolean };
/** A cell: its content, or content with a span and a class. */
type Cell = ReactNode | { content: ReactNode; colSpan?: number; className?: string };
export type Row = { key: string; cells: Cell[]; className?: string };

const isCellObject = (
  cell: Cell,
): cell is { content: ReactNode; colSpan?: number; className?: string } =>
  typeof cell === "object" &&
  cell !== null &&
  !Array.isArray(cell) &&
  "content" in (cell as object);

/**
 * The one data table of the app (issue 21). On a laptop it scrolls sideways
 * inside its own region with the first column (the name) kept in view; on a
 * phone (≤ 600 px) every row becomes a card and every cell shows its
 * column's label (`data-label`, drawn by CSS — no JavaScript). The first
 * cell of a row is its header (`<th scope="row">`) unless `rowHeader` is off.
 * `wide` lets a wide table use the whole laptop screen instead of the text column.
 * `groups` adds a header row above the columns (e.g. "Positief" over before/after/change).
 */
export function DataTable({
  label,
  caption,
  columns,
  groups,
  rows,
  className,
  rowHeader = true,
  wide = false,
}: {
  wide?: boolean;
  label: string;
  caption?: ReactNode;
  columns: Column[];
  groups?: { label: string; span: number }[];
  rows: Row[];
  className?: string;
  rowHeader?: boolean;
}) {
  const specs = columns.map((column) => (typeof column === "string" ? { label: column } : column));
  return (
    // Focusable so that keyboard users can scroll a wide table.
    <div
      className={`data-table-wrap${wide ? " is-wide" : ""}`}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <table className={`data-table${className ? ` ${className}` : ""}`}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          {groups ? (
            <tr>
              {groups.map((group, index) =>
                group.label ? (
                  <th key={index} scope="colgroup" colSpan={group.span}>
                    {group.label}
                  </th>
                ) : (
                  <td key={index} colSpan={group.span} />
                ),
              )}
            </tr>
          ) : null}
          <tr>
            {specs.map((spec, index) => (
              <th key={index} scope="col" className={spec.className}>
                {spec.hiddenLabel ? (
                  <span className="sr-only">{spec.label}</span>
                ) : (
                  (spec.header ?? spec.label)
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            let column = 0;
            return (
              <tr key={row.key} className={row.className}>
                {row.cells.map((cell, index) => {
                  const spec = specs[column] ?? { label: "" };
                  const {
                    content,
                    colSpan,
                    className: cellClass,
                  } = isCellObject(cell)
                    ? cell
                    : { content: cell, colSpan: undefined, className: undefined };
                  column += colSpan ?? 1;
                  const classes =
                    [spec.className, cellClass].filter(Boolean).join(" ") || undefined;
                  const dataLabel = spec.hiddenLabel ? undefined : spec.label;
                  return index === 0 && rowHeader ? (
                    <th key={index} scope="row" className={classes} colSpan={colSpan}>
                      {content}
                    </th>
                  ) : (
                    <td key={index} className={classes} colSpan={colSpan} data-label={dataLabel}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
