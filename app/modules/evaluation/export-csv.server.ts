import type { Locale } from "~/i18n";
import { translator } from "~/i18n/catalogues.server";
import type { Report, ResponseRow } from "./aggregate";
import { isSmallGroup } from "./aggregate";
import { optionKey } from "./questionnaire";
import { toCsv } from "~/utils/csv";
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
        stats.histogram.forEach((count, index) => rows.push([...head, group.respondents, stats.answered, stats.mean, stats.median, index + 1, count]));
      } else if (stats.kind === "counts") {
        for (const count of stats.counts) rows.push([...head, group.respondents, stats.answered, null, null, optionLabel(item, count.option, locale), count.count]);
      } else {
        rows.push([...head, group.respondents, stats.answered, null, null, null, null]);
      }
    }
  }
  return toCsv(rows);
}

/** Every anonymous response as a row: core item ids as columns, then the local questions. No names, no dates. */
export function rawResponsesCsv(rows: ResponseRow[], items: FormItem[], locale: Locale = "nl"): string {
  const t = translator(locale);
  const header = [t("evaluation.csv.version"), ...items.flatMap((item) => (item.type === "scale10" ? [item.id, `${item.id}_waarom`] : [item.id]))];
  if (isSmallGroup(rows.length)) return toCsv([header, [t("evaluation.report.tooFew")]]);
  const body = rows.map((row) => {
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
  });
  return toCsv([header, ...body]);
}
