import type { LoaderFunctionArgs } from "@remix-run/node";
import { expect } from "vitest";
import { db } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { getFormItems } from "~/modules/evaluation/form-items.server";
import { setEvaluationOpen } from "~/modules/evaluation/manage-evaluation.server";
import { readAnswers } from "~/modules/evaluation/read-answers";
import { submitEvaluation } from "~/modules/evaluation/submit-evaluation.server";
import { factories } from "../factories";

export const make = factories(db);
const context = { clientIp: "127.0.0.1" };

async function cookieFor(userId: string) {
  const { token } = await createSession(userId);
  return (await sessionCookie.serialize(token)).split(";")[0];
}

export async function get(
  load: (args: LoaderFunctionArgs) => Promise<unknown>,
  url: string,
  userId: string,
  params: Record<string, string> = {},
) {
  const request = new Request(`http://localhost${url}`, {
    headers: { Cookie: await cookieFor(userId) },
  });
  try {
    return (await load({ request, params, context })) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** A cohort where `sectors.length` participants have submitted; `extra` fields go into every form. */
export async function cohortWithResponses(
  sectors: string[],
  extra: (index: number) => [string, string][] = () => [],
) {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const participants = await Promise.all(
    sectors.map((sector) => make.user({ domain: sector === "sport" ? "SPORT" : "WELZIJN" })),
  );
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: participants.map((participant) => participant.id),
  });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  const items = await getFormItems({ cohortId: cohort.id });
  for (const [index, participant] of participants.entries()) {
    const form = new FormData();
    for (const [key, value] of [
      ["A1", sectors[index]],
      ["C1", String((index % 10) + 1)],
      ["E2", "ja"],
      ...extra(index),
    ] as [string, string][])
      form.append(key, value);
    const { answers } = readAnswers(form, items, true);
    expect(await submitEvaluation({ userId: participant.id, cohortId: cohort.id, answers })).toBe(
      "submitted",
    );
  }
  return { cohort, facilitator, participants };
}
