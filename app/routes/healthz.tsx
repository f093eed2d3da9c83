import { db } from "~/utils/db.server";

/** Liveness and database check for load balancers. */
export async function loader() {
  try {
    await db.$queryRaw`SELECT 1`;
    return new Response("ok", { headers: { "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable", {
      status: 503,
      headers: { "Cache-Control": "no-store" },
    });
  }
}
