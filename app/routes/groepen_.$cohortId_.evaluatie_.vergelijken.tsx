import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useItemLabel } from "~/components/evaluation/item-field";
import { Button } from "~/components/ui/button";
import { Alert, Card } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { useT } from "~/components/use-t";
import { forbidden, notFound } from "~/modules/auth/guards.server";
import { requireCohortStaff } from "~/modules/cohorts/access.server";
import {
  compareCohorts,
  listComparableCohorts,
  type Side,
} from "~/modules/evaluation/compare.server";
import { getCohortName } from "~/modules/evaluation/report.server";
import { DataTable } from "~/components/ui/data-table";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCohortStaff(request, params.cohortId);
  const [name, cohorts] = await Promise.all([
    getCohortName({ cohortId: access.cohortId }),
    listComparableCohorts({
      userId: access.user.id,
      isPlatformAdmin: access.user.role === "ADMIN",
      exceptCohortId: access.cohortId,
    }),
  ]);
  if (name === null) notFound();
  const met = new URL(request.url).searchParams.get("met") ?? "alle";
  const other = met === "alle" ? null : cohorts.find((cohort) => cohort.id === met);
  // Only cohorts this person runs: a foreign id is refused, not compared.
  if (other === undefined) forbidden();
  const comparison = await compareCohorts({
    cohortId: access.cohortId,
    otherCohortId: other?.id ?? null,
    ownCohortIds: [access.cohortId, ...cohorts.map((cohort) => cohort.id)],
  });
  const rows = comparison.refused ? [] : comparison.rows;
  return json(
    {
      cohortId: access.cohortId,
      name,
      cohorts,
      met,
      otherName: other?.name ?? null,
      refused: comparison.refused,
      rows,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function ComparePage() {
  const t = useT();
  const itemLabel = useItemLabel();
  const { cohortId, name, cohorts, met, otherName, refused, rows } = useLoaderData<typeof loader>();
  const format = (side: Side, kind: "mean" | "yesShare") => {
    if (!side) return t("evaluation.report.tooFew");
    const value =
      kind === "mean"
        ? String(side.value).replace(".", ",")
        : t("evaluation.compare.yesShare", { share: side.value });
    return t("evaluation.compare.meanN", { mean: value, n: side.answered });
  };
  return (
    <div className="stack">
      <p>
        <Link to={`/groepen/${cohortId}/evaluatie/rapport`}>{t("common.back")}</Link>
      </p>
      <h1>{t("evaluation.compare.title", { cohort: name })}</h1>
      <p>{t("evaluation.compare.intro")}</p>
      <Card>
        <Form method="get">
          <SelectField label={t("evaluation.compare.with")} name="met" defaultValue={met}>
            <option value="alle">{t("evaluation.compare.average")}</option>
            {cohorts.map((cohort) => (
              <option
                key={cohort.id}
                value={cohort.id}
              >{`${cohort.name} (${cohort.place})`}</option>
            ))}
          </SelectField>
          <Button>{t("evaluation.compare.show")}</Button>
        </Form>
      </Card>
      {refused ? <Alert tone="info">{t("evaluation.disclosure.refused")}</Alert> : null}
      {refused ? null : (
        <DataTable
          label={t("evaluation.compare.title", { cohort: name })}
          columns={[
            t("evaluation.compare.item"),
            t("evaluation.compare.thisGroup"),
            otherName ?? t("evaluation.compare.average"),
          ]}
          rows={rows.map((row) => {
            const both = row.a !== null && row.b !== null;
            return {
              key: row.item.id,
              cells: [
                <>
                  <span className="eval-item-id">{row.item.id}</span> {itemLabel(row.item)}
                </>,
                both ? format(row.a, row.kind) : t("evaluation.report.tooFew"),
                both ? format(row.b, row.kind) : t("evaluation.report.tooFew"),
              ],
            };
          })}
        />
      )}
    </div>
  );
}
