import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useItemLabel } from "~/components/evaluation/item-field";
import { Alert } from "~/components/ui/card";
import { useT } from "~/components/use-t";
import { notFound, requireRole } from "~/modules/auth/guards.server";
import { getAdminTexts } from "~/modules/evaluation/report.server";
import { ReportFilterInput } from "~/modules/evaluation/schemas.server";

/** Free texts per page: the admin report shows the first 20 of an item, this page all of them (issue 20). */
const PER_PAGE = 100;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "ADMIN");
  const url = new URL(request.url);
  const filter = ReportFilterInput.parse(Object.fromEntries(url.searchParams));
  const page = Math.max(
    1,
    Math.min(100_000, Number.parseInt(url.searchParams.get("pagina") ?? "1", 10) || 1),
  );
  const result = await getAdminTexts({
    filter: {
      from: filter.van,
      to: filter.tot,
      place: filter.plaats || undefined,
      orgId: filter.organisatie || undefined,
    },
    itemId: url.searchParams.get("vraag") ?? "",
    page,
    perPage: PER_PAGE,
  });
  if (!result) throw notFound();
  const params = new URLSearchParams(url.searchParams);
  params.delete("vraag");
  params.delete("pagina");
  return json(
    { result, perPage: PER_PAGE, filterQuery: params.toString() },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export default function AdminEvaluationTextsPage() {
  const t = useT();
  const itemLabel = useItemLabel();
  const { result, perPage, filterQuery } = useLoaderData<typeof loader>();
  const back = `/beheer/evaluatie${filterQuery ? `?${filterQuery}` : ""}`;
  if (result.refused)
    return (
      <div className="stack">
        <h1>{t("season.titles.pages.adminEvaluationTexts")}</h1>
        <Alert tone="info">{t("evaluation.disclosure.refused")}</Alert>
        <p>
          <a href={back}>{t("evaluation.report.backToReport")}</a>
        </p>
      </div>
    );
  const { item, texts, count, page, pages } = result;
  const pageHref = (number: number) =>
    `/beheer/evaluatie/teksten?${new URLSearchParams([
      ...new URLSearchParams(filterQuery).entries(),
      ["vraag", item.id],
      ["pagina", String(number)],
    ]).toString()}`;
  const first = (page - 1) * perPage + 1;
  return (
    <div className="stack">
      <h1>{t("evaluation.report.textsTitle", { item: `${item.id} ${itemLabel(item)}` })}</h1>
      <p>
        <a href={back}>{t("evaluation.report.backToReport")}</a>
      </p>
      <p className="muted">
        {item.type === "scale10" ? t("evaluation.report.reasons") : t("evaluation.report.texts")}
      </p>
      {texts.length === 0 ? (
        <p className="muted">{t("evaluation.report.noTexts")}</p>
      ) : (
        <ul className="eval-texts">
          {texts.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
      {count > 0 ? (
        <nav aria-label={t("evaluation.report.textsPages")} className="actions">
          <span>
            {t("evaluation.report.textsRange", {
              from: Math.min(first, count),
              to: Math.min(first + texts.length - 1, count),
              total: count,
            })}
          </span>
          {page > 1 ? (
            <a href={pageHref(Math.min(page - 1, pages))}>{t("evaluation.report.textsEarlier")}</a>
          ) : null}
          {page < pages ? (
            <a href={pageHref(page + 1)}>{t("evaluation.report.textsLater")}</a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
