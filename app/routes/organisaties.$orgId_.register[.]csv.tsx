import type { LoaderFunctionArgs } from "@remix-run/node";
import { getT } from "~/i18n/locale.server";
import { requireOrgAdmin } from "~/modules/auth/guards.server";
import { registerCsv } from "~/modules/clubs/register-csv.server";
import { getClubRegister } from "~/modules/clubs/register.server";
import { csvResponse } from "~/utils/csv";

/** The volunteer register as CSV, for the organisation's admins only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const orgId = params.orgId ?? "";
  await requireOrgAdmin(request, orgId);
  const [rows, t] = await Promise.all([getClubRegister({ orgId }), getT(request)]);
  return csvResponse(registerCsv(rows, t), "vrijwilligersregister.csv");
}
