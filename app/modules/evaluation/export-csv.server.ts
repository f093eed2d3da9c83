import { keyFromData } from "~/i18n/translate";
import type { Locale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import type { Report } from "./aggregate";
import { exportedItems, releasedRows, type CohortRelease, type ReleasedRow } from "./disclosure";
import { optionKey } from "./questionnaire";
import { csvResponse, csvStreamResponse, toCsv, type CsvCell } from "~/utils/csv";
import { releasedRowPages } from "./report-sql.server";
import type { FormItem } from "./types";

const wording = (item: FormItem, locale: Locale) =>
  item.labelKey ? translator(locale)(keyFromData(item.labelKey)) : (item.label ?? item.id);

const optionLabel = (item: FormItem, option: string, locale: Locale) => {
  const key = optionKey(item, option);
  return key ? translator(locale)(keyFromData(key)) : option;
};

/** The aggregates of a report, one row per item, group and answer; hidden groups and counts say "te weinig antwoorden" / "minder dan 5". */
export function aggregatesCsv(report: Report, locale: Locale = "nl"): string {
  const t = translator(locale);
  const tooFew = t("evaluation.report.tooFew");
  const fewer = t("evaluation.disclosure.fewerThan5");
  const rows: (string | number | null)[][] = [
    [
      t("evaluation.csv.item"),
      t("evaluation.csv.wording"),
      t("evaluation.csv.group"),
      t("evaluation.csv.respondents"),
      t("evaluation.csv.answered"),
      t("evaluation.csv.mean"),
      t("evaluation.csv.median"),
      t("evaluation.report.option"),
      t("evaluation.report.count"),
    ],
  ];
  for (const { item, groups } of report.items) {
    for (const group of groups) {
      const head = [item.id, wording(item, locale), t(`evaluation.report.groups.${group.group}`)];
      const stats = group.stats;
      if (group.tooFew || !stats) {
        rows.push([...head, tooFew, tooFew, null, null, null, null]);
      } else if (stats.kind === "scale") {
        stats.histogram.forEach((count, index) =>
          rows.push([
            ...head,
            group.respondents,
            stats.answered,
            stats.mean,
            stats.median,
            index + 1,
            count,
          ]),
        );
      } else if (stats.kind === "counts") {
        for (const count of stats.counts)
          rows.push([
            ...head,
            group.respondents,
            stats.answered,
            null,
            null,
            optionLabel(item, count.option, locale),
            count.count ?? fewer,
          ]);
      } else {
        rows.push([...head, group.respondents, stats.answered, null, null, null, null]);
      }
    }
  }
  return toCsv(rows);
}

/**
 * Every anonymous response as a row, as far as decision 008 (rule 4) allows:
 * the sector group instead of A1-A3 and only where that group is shown, no
 * names, no dates; core item ids as columns, then the local questions.
 */
export function rawResponsesCsv(
  cohorts: CohortRelease[],
  items: FormItem[],
  locale: Locale = "nl",
): string {
  const t = translator(locale);
  const { items: columns, rows } = releasedRows(cohorts, items);
  const header = rawHeader(columns, locale);
  if (rows.length === 0) return toCsv([header, [t("evaluation.report.tooFew")]]);
  return toCsv([header, ...rows.map((row) => rawLine(row, columns, locale))]);
}

function rawHeader(columns: FormItem[], locale: Locale): CsvCell[] {
  const t = translator(locale);
  return [
    t("evaluation.csv.version"),
    t("evaluation.csv.sectorGroup"),
    ...columns.flatMap((item) =>
      item.type === "scale10" ? [item.id, `${item.id}_waarom`] : [item.id],
    ),
  ];
}

function rawLine(row: ReleasedRow, columns: FormItem[], locale: Locale): CsvCell[] {
  const t = translator(locale);
  return [
    row.version,
    row.group ? t(`evaluation.report.groups.${row.group}`) : t("evaluation.csv.groupHidden"),
    ...columns.flatMap((item) => {
      const answer = row.cells.get(item.id);
      if (item.type === "scale10") return [answer?.number ?? null, answer?.text ?? null];
      if (item.type === "text") return [answer?.text ?? null];
      return [answer?.choices.join(" | ") ?? null];
    }),
  ];
}

/**
 * The same file as `rawResponsesCsv`, streamed (issue 20): the rows of the
 * released atoms are read a page at a time and written as they are read, each
 * through rule 4 (`releasedRow`), so memory stays flat as rows grow.
 */
export function rawResponsesCsvStream(
  { cohortIds, items, any }: { cohortIds: string[]; items: FormItem[]; any: boolean },
  filename: string,
  locale: Locale = "nl",
): Response {
  const columns = exportedItems(items);
  const header = rawHeader(columns, locale);
  if (!any)
    return csvResponse(toCsv([header, [translator(locale)("evaluation.report.tooFew")]]), filename);
  async function* pages(): AsyncGenerator<CsvCell[][]> {
    yield [header];
    for await (const page of releasedRowPages(cohortIds, items))
      yield page.map((row) => rawLine(row, columns, locale));
  }
  return csvStreamResponse(pages(), filename);
}

/** A download the disclosure rules refuse: a CSV with the Dutch explanation, not the figures. */
export function refusedCsvResponse(locale: Locale = "nl"): Response {
  const response = csvResponse(
    toCsv([[translator(locale)("evaluation.disclosure.refused")]]),
    "evaluatie-geweigerd.csv",
  );
  return new Response(response.body, { status: 409, headers: response.headers });
}
