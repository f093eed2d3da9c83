import type { PrismaClient } from "../../app/generated/prisma/client";
import { hashPassword } from "../../app/modules/auth/password.server";
import { factories } from "../factories";

/** One cohort with its evaluation open, 300 participants with sessions, and a case to reply to. */
export async function buildFaultWorld(db: PrismaClient) {
  const make = factories(db);
  const { createSession, sessionCookie } = await import("../../app/modules/auth/session.server");
  const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN" });
  const passwordHash = await hashPassword("fault-wachtwoord");
  await db.user.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      email: `fault${i}@voorbeeld.nl`,
      name: `Deelnemer ${i}`,
      passwordHash,
      domain: i % 2 ? "SPORT" : "WELZIJN",
    })),
  });
  const users = await db.user.findMany({
    where: { email: { startsWith: "fault" } },
    orderBy: { email: "asc" },
    select: { id: true },
  });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: users.map((user) => user.id),
    name: "Storingsgroep",
  });
  await db.cohort.update({ where: { id: cohort.id }, data: { evaluationOpenedAt: new Date() } });
  const forumCase = await db.forumCase.create({
    data: {
      cohortId: cohort.id,
      authorId: facilitator.id,
      authorDomain: "WELZIJN",
      title: "Een casus om op te reageren",
      situation: "Een speler komt niet meer.",
      whatIDid: "Gebeld.",
      question: "Wat nu?",
      themes: ["teamprocessen"],
    },
  });
  const cookies: string[] = [];
  for (const user of users) {
    const session = await createSession(user.id);
    cookies.push((await sessionCookie.serialize(session.token)).split(";")[0]);
  }
  return {
    cohortId: cohort.id,
    caseId: forumCase.id,
    cookies,
    userIds: users.map((user) => user.id),
  };
}
