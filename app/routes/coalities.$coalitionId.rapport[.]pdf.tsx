import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n/catalogues.server";
import { getLocale } from "~/i18n/locale.server";
import { todayInAmsterdam } from "~/utils/dates";
import { requireCoalitionReader } from "~/modules/coalitions/access.server";
import { renderCoalitionPdf } from "~/modules/coalitions/report-pdf.server";
import { getCoalitionReport } from "~/modules/coalitions/report.server";

/** The coalition report as a PDF, for its members and the partners' administrators. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCoalitionReader(request, params.coalitionId);
  const [report, locale] = await Promise.all([
    getCoalitionReport(access.coalitionId),
    getLocale(request),
  ]);
  const pdf = await renderCoalitionPdf({
    report,
    t: translator(locale),
    today: todayInAmsterdam(),
  });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="coalitierapport.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
