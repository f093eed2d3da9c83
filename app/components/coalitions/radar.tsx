import { useT } from "~/components/use-t";
import { ASPECTS } from "~/modules/coalitions/aspects";

const COLOURS = ["#4a5565", "#0d6b4f", "#a8420f", "#2c4f9e"];

/**
 * A radar of the five aspects drawn on the server as SVG: one polygon per
 * round (its medians on the 1–10 scale), with a text summary for screen readers.
 */
export function ScanRadar({ rounds }: { rounds: { number: number; medians: number[] }[] }) {
  const t = useT();
  const size = 320;
  const centre = size / 2;
  const radius = 110;
  const point = (index: number, value: number) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / ASPECTS.length;
    const r = (radius * value) / 10;
    return [centre + r * Math.cos(angle), centre + r * Math.sin(angle)] as const;
  };
  const summary = rounds
    .map(
      (round) =>
        `${t("coalitions.scan.roundLabel", { number: round.number })}: ${ASPECTS.map((aspect, index) => `${t(`coalitions.aspect.${aspect}`)} ${round.medians[index]}`).join(", ")}`,
    )
    .join("; ");
  return (
    <figure className="radar">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        width={size}
        height={size}
        role="img"
        aria-labelledby="radar-title radar-desc"
      >
        <title id="radar-title">{t("coalitions.scan.radarTitle")}</title>
        <desc id="radar-desc">{t("coalitions.scan.radarDesc", { summary })}</desc>
        {[2, 4, 6, 8, 10].map((ring) => (
          <polygon
            key={ring}
            points={ASPECTS.map((_, index) => point(index, ring).join(",")).join(" ")}
            fill="none"
            stroke="#c8cdd4"
            strokeWidth={1}
          />
        ))}
        {ASPECTS.map((aspect, index) => {
          const [x, y] = point(index, 10);
          const [lx, ly] = point(index, 12.4);
          return (
            <g key={aspect}>
              <line x1={centre} y1={centre} x2={x} y2={y} stroke="#c8cdd4" />
              <text
                x={lx}
                y={ly}
                textAnchor="middle"
                dominantBaseline="middle"
                fontSize="12"
                fill="#1c2430"
              >
                {t(`coalitions.aspect.${aspect}`)}
              </text>
            </g>
          );
        })}
        {rounds.map((round, index) => (
          <polygon
            key={round.number}
            points={round.medians.map((value, at) => point(at, value).join(",")).join(" ")}
            fill={COLOURS[index % COLOURS.length]}
            fillOpacity={0.15}
            stroke={COLOURS[index % COLOURS.length]}
            strokeWidth={2}
            strokeDasharray={index === rounds.length - 1 ? undefined : "5 3"}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="radar-legend">
          {rounds.map((round, index) => (
            <li key={round.number}>
              <span aria-hidden="true" style={{ color: COLOURS[index % COLOURS.length] }}>
                {index === rounds.length - 1 ? "━━" : "╍╍"}
              </span>{" "}
              {t("coalitions.scan.roundLabel", { number: round.number })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
