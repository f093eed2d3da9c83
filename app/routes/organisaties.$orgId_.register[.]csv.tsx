import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/locale.server";
import { requireOrgAdmin } from "~/modules/auth/guards.server";
import { registerCsv } from "~/modules/clubs/register-csv.server";
import { getClubRegister } from "~/modules/clubs/register.server";

/** The volunteer register as CSV, for the organisation's admins only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const orgId = params.orgId ?? "";
  await requireOrgAdmin(request, orgId);
  const [rows, t] = await Promise.all([getClubRegister({ orgId }), getT(request)]);
  return new Response(registerCsv(rows, t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="vrijwilligersregister.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
