import type { Locale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import type { Report, ResponseRow } from "./aggregate";
import { isSmallGroup } from "./aggregate";
import { optionKey } from "./questionnaire";
import { csvRows, toCsv } from "./csv";
import type { FormItem } from "./types";

const wording = (item: FormItem, locale: Locale) => (item.labelKey ? translator(locale)(item.labelKey) : item.label ?? item.id);

const optionLabel = (item: FormItem, option: string, locale: Locale) => {
  const key = optionKey(item, option);
  return key ? translator(locale)(key) : option;
};

/** The aggregates of a report, one row per item, group and answer; small groups say "te weinig antwoorden". */
export function aggregatesCsv(report: Report, locale: Locale = "nl"): string {
  const t = translator(locale);
  const tooFew = t("evaluation.report.tooFew");
  const rows: (string | number | null)[][] = [[
    t("evaluation.csv.item"), t("evaluation.csv.wording"), t("evaluation.csv.group"), t("evaluation.csv.respondents"),
    t("evaluation.csv.answered"), t("evaluation.csv.mean"), t("evaluation.csv.median"), t("evaluation.report.option"), t("evaluation.report.count"),
  ]];
  for (const { item, groups } of report.items) {
    for (const group of groups) {
      const head = [item.id, wording(item, locale), t(`evaluation.report.groups.${group.group}`)];
      const stats = group.stats;
      if (group.tooFew || !stats) {
        rows.push([...head, tooFew, tooFew, null, null, null, null]);
      } else if (stats.kind === "scale") {
        stats.histogram.forEach((count, index) => rows.push([...head, group.respondents, stats.answered, stats.mean, stats.median, String(index + 1), count]));
      } else if (stats.kind === "counts") {
        for (const count of stats.counts) rows.push([...head, group.respondents, stats.answered, null, null, optionLabel(item, count.option, locale), count.count]);
      } else {
        rows.push([...head, group.respondents, stats.answered, null, null, null, null]);
      }
    }
  }
  return toCsv(rows);
}

/** The header of the raw export: the version, then core item ids as columns, then the local questions. */
function rawHeader(items: FormItem[], locale: Locale) {
  return [translator(locale)("evaluation.csv.version"), ...items.flatMap((item) => (item.type === "scale10" ? [item.id, `${item.id}_waarom`] : [item.id]))];
}

/** One response as a row of the raw export. */
function rawRow(row: ResponseRow, items: FormItem[]): (string | number | null)[] {
  const version = "questionnaireVersion" in row ? Number(row.questionnaireVersion) : null;
  return [
    version,
    ...items.flatMap((item) => {
      const answer = row.answers.find((candidate) => candidate.itemId === item.id);
      if (item.type === "scale10") return [answer?.number ?? null, answer?.text ?? null];
      if (item.type === "text") return [answer?.text ?? null];
      return [answer?.choices.join(" | ") ?? null];
    }),
  ];
}

/** Every anonymous response as a row: core item ids as columns, then the local questions. No names, no dates. */
export function rawResponsesCsv(rows: ResponseRow[], items: FormItem[], locale: Locale = "nl"): string {
  const header = rawHeader(items, locale);
  if (isSmallGroup(rows.length)) return toCsv([header, [translator(locale)("evaluation.report.tooFew")]]);
  return toCsv([header, ...rows.map((row) => rawRow(row, items))]);
}

/**
 * The raw export as a stream (issue 20): the responses are read a page at a
 * time (keyset on the random id, as the in-memory export ordered them), so
 * the server's memory stays flat however many responses the programme has.
 * `count` and `page` are the caller's queries (report-sql.server.ts).
 */
export function rawResponsesCsvStream({
  items,
  count,
  page,
  locale = "nl",
}: {
  items: FormItem[];
  count: () => Promise<number>;
  page: (after: string | null) => Promise<(ResponseRow & { id: string })[]>;
  locale?: Locale;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        const header = rawHeader(items, locale);
        if (isSmallGroup(await count())) {
          controller.enqueue(encoder.encode(toCsv([header, [translator(locale)("evaluation.report.tooFew")]])));
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(toCsv([header])));
      }
      const rows = await page(after);
      if (rows.length === 0) return controller.close();
      after = rows[rows.length - 1].id;
      controller.enqueue(encoder.encode(csvRows(rows.map((row) => rawRow(row, items)))));
    },
  });
}

export function csvResponse(csv: string | ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
