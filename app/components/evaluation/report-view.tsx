import type { GroupStats, ItemReport, Report } from "~/modules/evaluation/aggregate";
import { Alert } from "../ui/card";
import { useT } from "../use-t";
import { Histogram } from "./histogram";
import { useItemLabel, useOptionLabel } from "./item-field";
import { DataTable } from "../ui/data-table";

/** The whole report: totals, then per item the group and the split by sector side by side. */
/** `textsHref`: where all free texts of an item are read, when the report shows only a first page of them. */
export function ReportView({
  report,
  textsHref,
}: {
  report: Report;
  textsHref?: (itemId: string) => string;
}) {
  const t = useT();
  if (report.respondents === 0 && !report.tooFew)
    return <Alert>{t("evaluation.report.noResponses")}</Alert>;
  const waiting = report.waiting.any ? (
    <p className="muted">
      {report.waiting.count === null
        ? t("evaluation.report.waitingFew")
        : t("evaluation.report.waitingCount", { count: report.waiting.count })}
    </p>
  ) : null;
  if (report.tooFew || report.respondents === null) {
    return (
      <div className="stack">
        <Alert tone="info">
          <strong>{t("evaluation.report.tooFew")}</strong>. {t("evaluation.report.tooFewExplain")}
        </Alert>
        {waiting}
      </div>
    );
  }
  return (
    <div className="stack">
      <p>
        <strong>{t("evaluation.report.responses", { count: report.respondents })}</strong>{" "}
        <span className="muted">({t("evaluation.report.tooFewExplain")})</span>
      </p>
      {waiting}
      {report.items.map((itemReport) => (
        <ItemSection key={itemReport.item.id} itemReport={itemReport} textsHref={textsHref} />
      ))}
    </div>
  );
}

function ItemSection({
  itemReport,
  textsHref,
}: {
  itemReport: ItemReport;
  textsHref?: (itemId: string) => string;
}) {
  const t = useT();
  const label = useItemLabel()(itemReport.item);
  const headingId = `item-${itemReport.item.id}`;
  const [all, ...split] = itemReport.groups;
  const showSplit = itemReport.item.type !== "text" && itemReport.item.id !== "A1";
  return (
    <section className="card eval-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        <span className="eval-item-id">{itemReport.item.id}</span> {label}
      </h3>
      {itemReport.item.type === "text" ? null : (
        <GroupBlock group={all} itemReport={itemReport} itemLabel={label} />
      )}
      {showSplit ? (
        <>
          <h4>{t("evaluation.report.splitTitle")}</h4>
          <div className="eval-split">
            {split.map((group) => (
              <div key={group.group} className="eval-split-col">
                <h5>{t(`evaluation.report.groups.${group.group}`)}</h5>
                <GroupBlock group={group} itemReport={itemReport} itemLabel={label} compact />
              </div>
            ))}
          </div>
        </>
      ) : null}
      {itemReport.item.type === "text" || itemReport.item.type === "scale10" ? (
        <Texts itemReport={itemReport} textsHref={textsHref} />
      ) : null}
    </section>
  );
}

function GroupBlock({
  group,
  itemReport,
  itemLabel,
  compact = false,
}: {
  group: GroupStats;
  itemReport: ItemReport;
  itemLabel: string;
  compact?: boolean;
}) {
  const t = useT();
  const optionLabel = useOptionLabel();
  const stats = group.stats;
  if (group.tooFew || !stats)
    return <p className="eval-too-few">{t("evaluation.report.tooFew")}</p>;
  const groupLabel = t(`evaluation.report.groups.${group.group}`);
  if (stats.kind === "scale") {
    return (
      <Histogram
        histogram={stats.histogram}
        mean={stats.mean}
        median={stats.median}
        itemLabel={itemLabel}
        groupLabel={groupLabel}
        compact={compact}
      />
    );
  }
  if (stats.kind === "text")
    return (
      <p>
        {t("evaluation.report.answered")}: {stats.answered}
      </p>
    );
  return (
    <DataTable
      label={`${itemLabel} (${groupLabel})`}
      caption={<span className="sr-only">{`${itemLabel} (${groupLabel})`}</span>}
      className="eval-counts"
      columns={[
        t("evaluation.report.option"),
        { label: t("evaluation.report.count"), className: "num" },
        t("evaluation.report.share"),
      ]}
      rows={stats.counts.map((count) => ({
        key: String(count.option),
        cells: [
          optionLabel(itemReport.item, count.option),
          ...(count.count === null || count.share === null
            ? [{ content: t("evaluation.disclosure.fewerThan5"), colSpan: 2 }]
            : [
                count.count,
                <>
                  <span className="eval-share">
                    <span className="eval-share-fill" style={{ width: `${count.share}%` }} />
                  </span>{" "}
                  {count.share}%
                </>,
              ]),
        ],
      }))}
    />
  );
}

function Texts({
  itemReport,
  textsHref,
}: {
  itemReport: ItemReport;
  textsHref?: (itemId: string) => string;
}) {
  const t = useT();
  const isScale = itemReport.item.type === "scale10";
  if (isScale && itemReport.texts.length === 0) return null;
  return (
    <>
      <h4>{isScale ? t("evaluation.report.reasons") : t("evaluation.report.texts")}</h4>
      {itemReport.texts.length === 0 ? (
        <p className="muted">{t("evaluation.report.noTexts")}</p>
      ) : (
        <ul className="eval-texts">
          {itemReport.texts.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
      {textsHref && itemReport.textCount > itemReport.texts.length ? (
        <p>
          <a href={textsHref(itemReport.item.id)}>
            {t("evaluation.report.moreTexts", { count: itemReport.textCount })}
          </a>
        </p>
      ) : null}
    </>
  );
}
