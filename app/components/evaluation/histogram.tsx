import { useId } from "react";
import { useT } from "../use-t";
import { DataTable } from "../ui/data-table";

type Props = {
  histogram: number[];
  mean: number;
  median: number;
  itemLabel: string;
  groupLabel: string;
  compact?: boolean;
};

const formatNumber = (value: number) => String(value).replace(".", ",");

/**
 * A server-rendered SVG bar chart of the scores 1-10, with <title>/<desc> for
 * screen readers and the same numbers as a table (readable without JavaScript or CSS).
 */
export function Histogram({
  histogram,
  mean,
  median,
  itemLabel,
  groupLabel,
  compact = false,
}: Props) {
  const t = useT();
  const id = useId();
  const max = Math.max(1, ...histogram);
  const answered = histogram.reduce((sum, count) => sum + count, 0);
  const width = 300;
  const height = compact ? 120 : 160;
  const top = 18;
  const bottom = 22;
  const barWidth = width / 10;
  const bars = histogram
    .map((count, index) => t("evaluation.report.chartBar", { score: index + 1, count }))
    .join(" ");
  return (
    <figure className="eval-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="eval-histogram"
      >
        <title
          id={`${id}-title`}
        >{`${t("evaluation.report.chartTitle", { item: itemLabel })} (${groupLabel})`}</title>
        <desc id={`${id}-desc`}>
          {t("evaluation.report.chartDesc", {
            n: answered,
            mean: formatNumber(mean),
            median: formatNumber(median),
            bars,
          })}
        </desc>
        <line x1={0} x2={width} y1={height - bottom} y2={height - bottom} className="eval-axis" />
        {histogram.map((count, index) => {
          const barHeight = ((height - top - bottom) * count) / max;
          const x = index * barWidth + 3;
          const y = height - bottom - barHeight;
          return (
            <g key={index}>
              <rect x={x} y={y} width={barWidth - 6} height={barHeight} className="eval-bar" />
              {count > 0 ? (
                <text
                  x={x + (barWidth - 6) / 2}
                  y={y - 4}
                  textAnchor="middle"
                  className="eval-bar-count"
                >
                  {count}
                </text>
              ) : null}
              <text
                x={x + (barWidth - 6) / 2}
                y={height - 6}
                textAnchor="middle"
                className="eval-bar-label"
              >
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span>
          {t("evaluation.report.mean")}: <strong>{formatNumber(mean)}</strong>
        </span>
        {" · "}
        <span>
          {t("evaluation.report.median")}: <strong>{formatNumber(median)}</strong>
        </span>
        {" · "}
        <span>
          {t("evaluation.report.answered")}: {answered}
        </span>
      </figcaption>
      <details>
        <summary>{t("evaluation.report.showTable")}</summary>
        <DataTable
          label={`${itemLabel} (${groupLabel})`}
          caption={<span className="sr-only">{`${itemLabel} (${groupLabel})`}</span>}
          columns={[
            t("evaluation.report.score"),
            { label: t("evaluation.report.count"), className: "num" },
          ]}
          rows={histogram.map((count, index) => ({
            key: String(index),
            cells: [index + 1, count],
          }))}
        />
      </details>
    </figure>
  );
}
