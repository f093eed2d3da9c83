import type { PrismaClient } from "../../app/generated/prisma/client";
import { RELEASE_IN_BATCHES_OF_5 } from "./release-batches";
import { hashPassword } from "../../app/modules/auth/password.server";
import { generateVerificationCode } from "../../app/modules/certificates/code";
import { factories } from "../factories";
import { WORDS } from "./scaled-words";

export const BENCH_PASSWORD = "bench-wachtwoord";
const DOMAINS = ["SPORT", "ZORG", "WELZIJN", "ANDERS"] as const;

export type BenchData = {
  facilitatorEmail: string;
  participantEmail: string;
  cohortId: string;
  bigCaseId: string;
  lessonPath: string;
  certificateCode: string;
  /** A platform administrator (the evaluation report across cohorts). */
  adminEmail?: string;
  /** An organisation with its admin (the club register), on the generated sets only. */
  clubOrgId?: string;
  clubAdminEmail?: string;
  /** Participants with a session, each in a cohort whose evaluation is open. */
  submitters: { cohortId: string; cookie: string }[];
};

/**
 * The realistic data set of issue 8: 20 cohorts, 600 participants, 200 cases
 * with 2,000 replies (one thread with 50), 100 cases with 1,000 replies in the
 * course-wide space, 500 evaluation responses.
 */
export async function buildBenchData(db: PrismaClient): Promise<BenchData> {
  const make = factories(db);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const version = await make.coreVersion();
  const facilitator = await make.user({
    email: "begeleider@bench.nl",
    role: "FACILITATOR",
    password: BENCH_PASSWORD,
    domain: "WELZIJN",
  });
  await make.user({ email: "beheer@bench.nl", role: "ADMIN", password: BENCH_PASSWORD });
  await db.user.createMany({
    data: Array.from({ length: 600 }, (_, i) => ({
      email: `deelnemer${i}@bench.nl`,
      name: `Deelnemer ${i}`,
      passwordHash,
      domain: DOMAINS[i % 4],
      volunteerRole: "trainer",
    })),
  });
  const users = await db.user.findMany({
    where: { email: { endsWith: "@bench.nl" }, role: "PARTICIPANT" },
    select: { id: true },
    orderBy: { email: "asc" },
  });
  const cohortIds: string[] = [];
  for (let c = 0; c < 20; c++) {
    const cohort = await db.cohort.create({
      data: {
        name: `Benchgroep ${c + 1}`,
        place: ["Enschede", "Utrecht", "Zwolle", "Tilburg"][c % 4],
        startsOn: new Date("2026-09-01"),
        endsOn: new Date("2026-12-15"),
        coreVersionId: version.id,
        createdById: facilitator.id,
        evaluationOpenedAt: new Date(),
        members: {
          create: [
            { userId: facilitator.id, role: "FACILITATOR" },
            ...users.slice(c * 30, c * 30 + 30).map((u) => ({ userId: u.id })),
          ],
        },
        modules: {
          create: version.files.core.map((module, index) => ({
            moduleKey: module.key,
            position: index + 1,
          })),
        },
      },
    });
    cohortIds.push(cohort.id);
  }
  const progress = users.slice(0, 30).flatMap((user) =>
    version.files.core.slice(0, 4).flatMap((module) =>
      module.lessons.map((lesson) => ({
        userId: user.id,
        cohortId: cohortIds[0],
        moduleKey: module.key,
        lessonSlug: lesson.slug,
      })),
    ),
  );
  await db.lessonProgress.createMany({ data: progress });

  const caseIds: string[] = [];
  for (let k = 0; k < 200; k++) {
    const cohortIndex = k % 20;
    const author = users[cohortIndex * 30 + (k % 30)];
    const created = await db.forumCase.create({
      data: {
        cohortId: cohortIds[cohortIndex],
        authorId: author.id,
        authorDomain: DOMAINS[k % 4],
        title: `Casus ${k}: een speler die niet meer komt trainen`,
        situation:
          "Een jongen van 14 komt sinds een paar weken niet meer naar de training. Hij was altijd vrolijk.",
        whatIDid: "Ik heb hem na de wedstrijd even apart genomen en gevraagd hoe het gaat.",
        question: "Hoe kan ik contact houden zonder te pushen?",
        themes: ["teamprocessen", "kwetsbare-jongeren"],
      },
    });
    caseIds.push(created.id);
  }
  // 2,000 replies: 50 on the first case of cohort 1, the rest spread out.
  const replies = Array.from({ length: 2000 }, (_, r) => {
    const caseIndex = r < 50 ? 0 : 1 + (r % 199);
    const cohortIndex = caseIndex % 20;
    return {
      caseId: caseIds[caseIndex],
      authorId: users[cohortIndex * 30 + ((r * 7) % 30)].id,
      authorDomain: DOMAINS[r % 4],
      body: `Herkenbaar. Bij ons hielp het om **samen met de ouders** te praten. Reactie ${r}.`,
    };
  });
  await db.forumReply.createMany({ data: replies });
  await courseWideSpace(db, users);

  for (let e = 0; e < 500; e++) {
    await db.evaluationResponse.create({
      data: {
        cohortId: cohortIds[e % 20],
        questionnaireVersion: 1,
        sector: ["sport", "zorg", "welzijn", "anders"][e % 4],
        submittedWeek: new Date("2026-11-23"),
        answers: {
          create: [
            { itemId: "A1", choices: [["sport", "zorg", "welzijn", "anders"][e % 4]] },
            ...["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "D3", "E1"].map(
              (itemId, i) => ({ itemId, number: 1 + ((e + i) % 10) }),
            ),
            { itemId: "E3", text: "Mooi om mensen uit de andere sector te leren kennen." },
          ],
        },
      },
    });
  }
  await db.$executeRawUnsafe(RELEASE_IN_BATCHES_OF_5);
  const owner = await db.user.findUniqueOrThrow({ where: { email: "deelnemer0@bench.nl" } });
  const certificateCode = generateVerificationCode();
  await db.certificate.create({
    data: {
      code: certificateCode,
      userId: owner.id,
      cohortId: cohortIds[0],
      nameOnCertificate: owner.name,
      courseTitle: version.files.title,
      studyMinutes: 480,
      completedOn: new Date("2026-12-10"),
    },
  });
  // Sessions made directly (600 logins would trip the per-IP login limit).
  const { createSession, sessionCookie } = await import("../../app/modules/auth/session.server");
  const submitters: BenchData["submitters"] = [];
  for (let i = 0; i < users.length; i++) {
    const session = await createSession(users[i].id);
    submitters.push({
      cohortId: cohortIds[Math.floor(i / 30)],
      cookie: (await sessionCookie.serialize(session.token)).split(";")[0],
    });
  }
  const module = version.files.core[3];
  return {
    facilitatorEmail: facilitator.email,
    adminEmail: "beheer@bench.nl",
    participantEmail: "deelnemer0@bench.nl",
    cohortId: cohortIds[0],
    bigCaseId: caseIds[0],
    lessonPath: `${module.key}/${module.lessons[0].slug}`,
    certificateCode,
    submitters,
  };
}

/**
 * The course-wide space at a thirtieth of the national set's: 100 cases with
 * 1,000 replies, written from the same words. Enough that the space's first
 * page and each benchmarked search show a full page of 30 cases here too (about
 * 40 hits per word), so that the growth ratio compares pages of the same length.
 */
async function courseWideSpace(db: PrismaClient, users: { id: string }[]) {
  const word = (n: number) => WORDS[(n * 7 + 3) % WORDS.length];
  const cases = await db.forumCase.createManyAndReturn({
    data: Array.from({ length: 100 }, (_, k) => ({
      cohortId: null,
      authorId: users[(k * 37) % users.length].id,
      authorDomain: DOMAINS[k % 4],
      title: `Casus ${k}: ${word(k)} en ${word(k + 11)}`,
      situation: `Een jongere bij ons praat over ${word(k + 13)} en ${word(k + 14)}.`,
      whatIDid: `Ik heb na de ${word(k + 15)} even apart gevraagd hoe het gaat.`,
      question: `Hoe houd ik contact over ${word(k + 16)}?`,
      themes: ["teamprocessen"],
    })),
    select: { id: true },
  });
  await db.forumReply.createMany({
    data: Array.from({ length: 1000 }, (_, r) => ({
      caseId: cases[r % cases.length].id,
      authorId: users[(r * 13) % users.length].id,
      authorDomain: DOMAINS[r % 4],
      body: `Herkenbaar. Bij ons hielp het om over ${word(r + 21)} te praten met ${word(r + 22)}. Let op ${word(r + 23)}. Reactie ${r}.`,
    })),
  });
}
