import { db } from "~/utils/db.server";
import { createInvitation } from "~/modules/auth/invitations.server";
import { factories } from "../factories";
import { makeCase } from "./forum-helpers";

const make = factories(db);

/** A cohort with two participants, a future evening, a case and an open invitation, then archived. */
export async function archivedCohort() {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Fenna Begeleider" });
  const anna = await make.user({ name: "Anna Aksoy", domain: "SPORT" });
  const bram = await make.user({ name: "Bram Bos", domain: "WELZIJN" });
  const outsider = await make.user({ name: "Olga Nieuw" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [anna.id, bram.id],
    name: "Groep Archief",
  });
  await make.courseCompletion({
    cohortId: cohort.id,
    userId: anna.id,
    recordedById: facilitator.id,
  });
  const future = await db.evening.create({
    data: {
      cohortId: cohort.id,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 7_200_000),
      place: "Kantine",
      topic: "Nog te gaan",
    },
  });
  const forumCase = await makeCase({ cohortId: cohort.id, authorId: anna.id });
  const { token } = await createInvitation({
    createdById: facilitator.id,
    cohortId: cohort.id,
    validDays: 14,
  });
  await db.cohort.update({
    where: { id: cohort.id },
    data: { endsOn: new Date("2026-01-31"), archivedAt: new Date() },
  });
  return { facilitator, anna, bram, outsider, cohort, future, forumCase, token };
}
