import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queryCount } from "~/utils/query-count.server";
import * as root from "~/root";
import * as dashboard from "~/routes/groepen.$cohortId.overzicht";
import * as evaluation from "~/routes/groepen_.$cohortId_.evaluatie";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import { setEvaluationOpen } from "~/modules/evaluation/manage-evaluation.server";
import { factories } from "../factories";
import { sessionCookieFor } from "../setup/call-route";
import { makeCase } from "./forum-helpers";

/**
 * The benchmark's budget of 4 database round trips per page (tests/bench/targets.ts),
 * counted the way the benchmark counts them: a page is the root loader and the
 * route loader at the same moment (they share the session lookup), a form post
 * is the action alone. Every query counts, and a transaction's BEGIN too.
 */
type Handler = (args: {
  request: Request;
  params: Record<string, string>;
  context: { clientIp: string };
}) => Promise<Response>;

const make = factories(db);
const BUDGET = 4;

async function settle(handler: unknown, request: Request, params: Record<string, string>) {
  try {
    return await (handler as Handler)({ request, params, context: { clientIp: "127.0.0.1" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** Opens a page as a browser would: the root loader and the page's loader together. */
async function openPage(
  cookie: string,
  loader: unknown,
  path: string,
  params: Record<string, string>,
) {
  const request = () =>
    new Request(`http://localhost:3000${path}`, { headers: { Cookie: cookie } });
  const before = queryCount();
  const [rootResponse, pageResponse] = await Promise.all([
    settle(root.loader, request(), {}),
    settle(loader, request(), params),
  ]);
  const trips = queryCount() - before;
  return {
    trips,
    root: await rootResponse.json(),
    status: pageResponse.status,
    page: pageResponse,
  };
}

let world: {
  cohortId: string;
  caseId: string;
  facilitatorCookie: string;
  participants: { id: string; cookie: string }[];
  clubId: string;
};

beforeAll(async () => {
  const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN" });
  const participants: Awaited<ReturnType<typeof make.user>>[] = [];
  for (const domain of ["SPORT", "ZORG", "WELZIJN", "SPORT", "ANDERS", "ZORG"] as const)
    participants.push(await make.user({ domain }));
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: participants.map((person) => person.id),
  });
  // The facilitator also runs a club: the header links to it, from the same session query.
  const club = await make.organisation({ name: "SV De Lijnen" });
  await make.membership({ userId: facilitator.id, orgId: club.id, role: "ADMIN" });
  const posted = await makeCase({ cohortId: cohort.id, authorId: participants[0].id });
  await db.forumReply.createMany({
    data: Array.from({ length: 50 }, (_, index) => ({
      caseId: posted.id,
      authorId: participants[index % participants.length].id,
      authorDomain: participants[index % participants.length].domain,
      body: `Reactie ${index}`,
    })),
  });
  await setEvaluationOpen({ cohortId: cohort.id, open: true });
  world = {
    cohortId: cohort.id,
    caseId: posted.id,
    facilitatorCookie: await sessionCookieFor(facilitator.id),
    participants: await Promise.all(
      participants.map(async (person) => ({
        id: person.id,
        cookie: await sessionCookieFor(person.id),
      })),
    ),
    clubId: club.id,
  };
});

describe("database round trips per page (budget 4)", () => {
  it("the cohort dashboard: the whole group in one query, the club link from the session", async () => {
    const {
      trips,
      root: header,
      status,
      page,
    } = await openPage(
      world.facilitatorCookie,
      dashboard.loader,
      `/groepen/${world.cohortId}/overzicht`,
      { cohortId: world.cohortId },
    );
    expect(status).toBe(200);
    const data = (await page.json()) as { rows: unknown[] };
    expect(data.rows).toHaveLength(6);
    expect(header.user.adminOf).toEqual([{ id: world.clubId, isClub: true }]);
    expect(trips).toBeLessThanOrEqual(BUDGET);
  });

  it("the forum thread with 50 replies", async () => {
    const { trips, status, page } = await openPage(
      world.participants[1].cookie,
      thread.loader,
      `/groepen/${world.cohortId}/casussen/${world.caseId}`,
      { cohortId: world.cohortId, caseId: world.caseId },
    );
    expect(status).toBe(200);
    const data = (await page.json()) as { thread: { replies: unknown[]; totalReplies: number } };
    expect(data.thread.totalReplies).toBe(50);
    expect(data.thread.replies).toHaveLength(20);
    expect(trips).toBeLessThanOrEqual(BUDGET);
  });

  it("the evaluation submit, also the fifth one that releases a batch", async () => {
    const submit = async (cookie: string) => {
      const before = queryCount();
      const response = await settle(
        evaluation.action,
        new Request(`http://localhost:3000/groepen/${world.cohortId}/evaluatie`, {
          method: "POST",
          headers: {
            Cookie: cookie,
            Origin: "http://localhost:3000",
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body: new URLSearchParams({ intent: "submit", A1: "sport", C1: "8", E3: "Fijn." }),
        }),
        { cohortId: world.cohortId },
      );
      return { trips: queryCount() - before, status: response.status };
    };
    for (const [index, person] of world.participants.slice(0, 5).entries()) {
      const { trips, status } = await submit(person.cookie);
      expect(status).toBe(302);
      expect(trips).toBeLessThanOrEqual(BUDGET);
      // Released as one batch at the fifth response, not before.
      const released = await db.evaluationResponse.count({
        where: { cohortId: world.cohortId, releaseBatch: { not: null } },
      });
      expect(released).toBe(index === 4 ? 5 : 0);
    }
    expect(await db.evaluationReceipt.count({ where: { cohortId: world.cohortId } })).toBe(5);
  });
});
