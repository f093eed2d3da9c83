import { keyFromData } from "~/i18n/translate";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { CoalitionNav } from "~/components/coalitions/coalition-nav";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { getLocale } from "~/i18n/locale.server";
import { formatDay } from "~/utils/intl";
import { requireCoalitionReader } from "~/modules/coalitions/access.server";
import { measurementLabel, NOTE_KINDS } from "~/modules/coalitions/aspects";
import { delta, type CompareRow } from "~/modules/coalitions/compare";
import { compareMeasurements } from "~/modules/coalitions/measurements.server";
import { listMeasurements } from "~/modules/coalitions/timeline.server";
import { db } from "~/utils/db.server";
import { isId } from "~/utils/ids";
import { DataTable } from "~/components/ui/data-table";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const locale = await getLocale(request);
  const url = new URL(request.url);
  const [coalition, measurements] = await Promise.all([
    db.coalition.findUniqueOrThrow({
      where: { id: access.coalitionId },
      select: { id: true, name: true },
    }),
    listMeasurements(access.coalitionId),
  ]);
  // Without a choice: the last two measurements.
  const beforeId = url.searchParams.get("voor") ?? measurements.at(-2)?.id ?? null;
  const afterId = url.searchParams.get("na") ?? measurements.at(-1)?.id ?? null;
  const comparison =
    isId(beforeId) && isId(afterId)
      ? await compareMeasurements(access.coalitionId, beforeId, afterId)
      : null;
  return json({
    coalition,
    measurements: measurements.map((measurement) => ({
      id: measurement.id,
      label: measurementLabel(measurement.number!),
      period: `${formatDay(measurement.periodStart, locale)} – ${formatDay(measurement.periodEnd, locale)}`,
      notes: measurement._count.notes,
      events: measurement._count.events,
    })),
    selected: { beforeId, afterId },
    comparison: comparison && {
      ...comparison,
      beforeLabel: measurementLabel(comparison.before.number),
      afterLabel: measurementLabel(comparison.after.number),
    },
  });
}

export default function MeasurementsPage() {
  const t = useT();
  const { coalition, measurements, selected, comparison } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>
        {coalition.name}: {t("coalitions.measurements.title")}
      </h1>
      <CoalitionNav coalitionId={coalition.id} name={coalition.name} />
      <p>{t("coalitions.measurements.intro")}</p>
      {measurements.length ? (
        <ul>
          {measurements.map((measurement) => (
            <li key={measurement.id}>
              <strong>{measurement.label}</strong>: {measurement.period} ·{" "}
              {t("coalitions.measurements.events", { count: measurement.events })} ·{" "}
              {t("coalitions.measurements.notes", { count: measurement.notes })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("coalitions.measurements.none")}</p>
      )}
      {measurements.length >= 2 ? (
        <Card title={t("coalitions.measurements.compareTitle")}>
          <Form method="get" className="compare-form">
            <SelectField
              label={t("coalitions.measurements.before")}
              name="voor"
              defaultValue={selected.beforeId ?? undefined}
            >
              {measurements.map((measurement) => (
                <option key={measurement.id} value={measurement.id}>
                  {measurement.label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("coalitions.measurements.after")}
              name="na"
              defaultValue={selected.afterId ?? undefined}
            >
              {measurements.map((measurement) => (
                <option key={measurement.id} value={measurement.id}>
                  {measurement.label}
                </option>
              ))}
            </SelectField>
            <Button variant="secondary">{t("coalitions.measurements.compare")}</Button>
          </Form>
        </Card>
      ) : null}
      {comparison ? (
        <>
          <p className="muted">{t("coalitions.measurements.countsNote")}</p>
          <CompareTable
            caption={t("coalitions.measurements.byAspect")}
            rows={comparison.byAspect}
            beforeLabel={comparison.beforeLabel}
            afterLabel={comparison.afterLabel}
            labelOf={(row) => t(keyFromData(`coalitions.aspect.${row.key}`))}
          />
          <CompareTable
            caption={t("coalitions.measurements.byPartner")}
            rows={comparison.byPartner}
            beforeLabel={comparison.beforeLabel}
            afterLabel={comparison.afterLabel}
            labelOf={(row) => row.label ?? ""}
          />
          <div className="grid-2">
            <Card
              title={t("coalitions.measurements.conclusions", { label: comparison.beforeLabel })}
            >
              <p className="prewrap">{comparison.before.conclusions || "—"}</p>
            </Card>
            <Card
              title={t("coalitions.measurements.conclusions", { label: comparison.afterLabel })}
            >
              <p className="prewrap">{comparison.after.conclusions || "—"}</p>
            </Card>
          </div>
        </>
      ) : null}
    </div>
  );
}

function CompareTable({
  caption,
  rows,
  beforeLabel,
  afterLabel,
  labelOf,
}: {
  caption: string;
  rows: CompareRow[];
  beforeLabel: string;
  afterLabel: string;
  labelOf: (row: CompareRow) => string;
}) {
  const t = useT();
  return (
    <DataTable
      label={caption}
      caption={caption}
      className="compare-table"
      groups={[
        { label: "", span: 1 },
        ...NOTE_KINDS.map((kind) => ({ label: t(`coalitions.kind.${kind}`), span: 3 })),
      ]}
      columns={[
        t("coalitions.measurements.row"),
        ...NOTE_KINDS.flatMap((kind) => [
          {
            label: `${t(`coalitions.kind.${kind}`)}: ${beforeLabel}`,
            header: beforeLabel,
            className: "num",
          },
          {
            label: `${t(`coalitions.kind.${kind}`)}: ${afterLabel}`,
            header: afterLabel,
            className: "num",
          },
          {
            label: `${t(`coalitions.kind.${kind}`)}: ${t("coalitions.measurements.change")}`,
            header: t("coalitions.measurements.change"),
            className: "num",
          },
        ]),
      ]}
      rows={rows.map((row) => ({
        key: row.key,
        cells: [
          labelOf(row),
          ...NOTE_KINDS.flatMap((kind) => [
            row.before[kind],
            row.after[kind],
            delta(row.before[kind], row.after[kind]),
          ]),
        ],
      }))}
    />
  );
}
