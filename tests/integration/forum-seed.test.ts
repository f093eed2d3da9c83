import { expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { seedForum } from "../../prisma/seed/forum";
import { factories } from "../factories";

it("the forum demo data fills the demo cohort with cases from both sectors, once", async () => {
  await seedForum(db);
  expect(await db.forumCase.count()).toBe(0); // no cohort yet: nothing to do
  const make = factories(db);
  const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN" });
  const people = await Promise.all(
    (["SPORT", "SPORT", "WELZIJN", "ZORG"] as const).map((domain) => make.user({ domain })),
  );
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: people.map((person) => person.id),
    name: "Sportcoach Enschede najaar 2026",
  });
  await seedForum(db);
  await seedForum(db);
  const cases = await db.forumCase.findMany({ include: { replies: true } });
  expect(cases).toHaveLength(4);
  expect(cases.filter((row) => row.cohortId === null)).toHaveLength(1);
  expect(cases.filter((row) => row.cohortId === cohort.id)).toHaveLength(3);
  expect(cases.some((row) => row.pseudonymous)).toBe(true);
  const domains = new Set(cases.flatMap((row) => row.replies.map((reply) => reply.authorDomain)));
  expect(domains.has("SPORT") && (domains.has("WELZIJN") || domains.has("ZORG"))).toBe(true);
});
