import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { factories } from "../factories";

type Handler = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<Response>;

/** Calls a route loader or action with a real session cookie (or none); thrown responses (403, 404, redirects) are returned. */
export async function request(userId: string | null, handler: unknown, { path, params, form }: { path: string; params: Record<string, string>; form?: [string, string][] | Record<string, string> }) {
  const headers = new Headers({ Origin: "http://localhost:3000" });
  if (userId) {
    const { token } = await createSession(userId);
    headers.set("Cookie", (await sessionCookie.serialize(token)).split(";")[0]);
  }
  const init: RequestInit = { headers, method: form ? "POST" : "GET" };
  if (form) init.body = new URLSearchParams(form);
  try {
    return await (handler as Handler)({ request: new Request(`http://localhost:3000${path}`, init), params, context: { clientIp: "127.0.0.1" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** Two cohorts (Enschede, Zwolle), each with a facilitator, a sport and a welfare participant and one evening. */
export async function twoCohorts() {
  const make = factories(db);
  const cohort = async (place: string) => {
    const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN", name: `Begeleider ${place}` });
    const sport = await make.user({ domain: "SPORT", name: `Sporter ${place}` });
    const welfare = await make.user({ domain: "WELZIJN", name: `Welzijner ${place}` });
    const created = await make.cohort({ facilitatorId: facilitator.id, participantIds: [sport.id, welfare.id], place, name: `Groep ${place}` });
    const evening = await db.evening.create({
      data: { cohortId: created.id, startsAt: new Date("2026-10-01T17:30:00Z"), endsAt: new Date("2026-10-01T19:30:00Z"), place: `Kantine ${place}`, topic: `Avond in ${place}` },
    });
    return { id: created.id, facilitator, sport, welfare, evening };
  };
  return { a: await cohort("Enschede"), b: await cohort("Zwolle") };
}
