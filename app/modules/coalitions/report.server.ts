import { db } from "~/utils/db.server";
import { roundResults } from "./scan.server";
import { isShown } from "./scan-results";

/** The smallest number of trained volunteers shown for one partner (the product's disclosure rule). */
export const MIN_TRAINED_SHOWN = 5;

/** What the coalition report PDF shows, gathered once. */
export async function getCoalitionReport(coalitionId: string) {
  const coalition = await db.coalition.findUniqueOrThrow({
    where: { id: coalitionId },
    select: {
      name: true,
      ambition: true,
      partners: {
        orderBy: { joinedAt: "asc" },
        select: { org: { select: { id: true, name: true } } },
      },
      cohorts: { select: { cohort: { select: { id: true, name: true, place: true } } } },
      agreements: {
        orderBy: [{ status: "asc" }, { dueOn: "asc" }],
        select: {
          text: true,
          personName: true,
          dueOn: true,
          status: true,
          ownerOrg: { select: { name: true } },
        },
      },
    },
  });
  const lastBoard = await db.timelineBoard.findFirst({
    where: { coalitionId, number: { not: null } },
    orderBy: { number: "desc" },
    select: {
      number: true,
      periodStart: true,
      periodEnd: true,
      conclusions: true,
      events: { orderBy: { date: "asc" }, select: { date: true, title: true } },
      notes: { select: { kind: true } },
    },
  });
  const rounds = (await roundResults(coalitionId)).filter((round) => isShown(round.whole));
  const [current, previous] = [rounds.at(-1), rounds.at(-2)];
  const cohortIds = coalition.cohorts.map((link) => link.cohort.id);
  // Trained volunteers per partner: valid certificates from the coalition's cohorts of people who are active members of that partner.
  const trained = await Promise.all(
    coalition.partners.map(async ({ org }) => ({
      org: org.name,
      count: cohortIds.length
        ? await db.certificate.count({
            where: {
              cohortId: { in: cohortIds },
              revokedAt: null,
              user: { memberships: { some: { orgId: org.id, status: "ACTIVE" } } },
            },
          })
        : 0,
    })),
  );
  return {
    ...coalition,
    lastBoard,
    scan:
      current && isShown(current.whole)
        ? {
            number: current.number,
            medians: current.whole.aspects.map((aspect) => ({
              aspect: aspect.aspect,
              median: aspect.median,
            })),
            previous:
              previous && isShown(previous.whole)
                ? {
                    number: previous.number,
                    medians: previous.whole.aspects.map((aspect) => aspect.median),
                  }
                : null,
          }
        : null,
    trained,
  };
}
