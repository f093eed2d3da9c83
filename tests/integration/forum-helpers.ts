import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { db } from "~/utils/db.server";
import { factories } from "../factories";

type Handler = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => Promise<Response>;

/** Calls a route loader or action as this user with a real session cookie; thrown responses (403, 404, redirects) are returned. */
export async function call(userId: string, handler: unknown, { path, params, form }: { path: string; params: Record<string, string>; form?: [string, string][] | Record<string, string> }) {
  const { token } = await createSession(userId);
  const headers = new Headers({ Origin: "http://localhost:3000", Cookie: await sessionCookie.serialize(token) });
  const init: RequestInit = { headers, method: form ? "POST" : "GET" };
  if (form) init.body = new URLSearchParams(form);
  try {
    return await (handler as Handler)({ request: new Request(`http://localhost:3000${path}`, init), params, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** Two cohorts with a facilitator and a sport and a welfare participant each. */
export async function twoCohorts() {
  const make = factories(db);
  const cohort = async (place: string) => {
    const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN", name: `Begeleider ${place}` });
    const sport = await make.user({ domain: "SPORT", name: `Sporter ${place}` });
    const welfare = await make.user({ domain: "WELZIJN", name: `Welzijner ${place}` });
    const created = await make.cohort({ facilitatorId: facilitator.id, participantIds: [sport.id, welfare.id], place });
    return { id: created.id, facilitator, sport, welfare };
  };
  return { a: await cohort("Enschede"), b: await cohort("Zwolle") };
}

/** A case straight in the database (the routes are tested on their own). */
export function makeCase(input: { cohortId: string | null; authorId: string; title?: string; situation?: string; pseudonymous?: boolean; domain?: "SPORT" | "WELZIJN"; createdAt?: Date }) {
  return db.forumCase.create({
    data: {
      cohortId: input.cohortId,
      authorId: input.authorId,
      authorDomain: input.domain ?? "SPORT",
      authorTown: "Enschede",
      pseudonymous: input.pseudonymous ?? false,
      title: input.title ?? "Een speler die niet meer komt",
      situation: input.situation ?? "Een jongen van 15 komt al drie weken niet meer naar de training.",
      whatIDid: "Ik heb hem een berichtje gestuurd.",
      question: "Hoe pak ik dit aan?",
      themes: ["teamprocessen"],
      ...(input.createdAt ? { createdAt: input.createdAt, lastReplyAt: input.createdAt } : {}),
    },
  });
}
