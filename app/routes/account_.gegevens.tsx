import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/auth/guards.server";
import { exportPersonalData } from "~/flows/personal-data.server";

/** The AVG/GDPR download: a read, so a GET is right. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const data = await exportPersonalData({ userId: user.id });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="mijn-gegevens-buiten-de-lijnen.json"',
      "Cache-Control": "no-store",
    },
  });
}
