import { randomBytes } from "node:crypto";
import { db } from "~/utils/db.server";
import { createSession, sessionCookie } from "~/modules/auth/session.server";
import { createInvitation } from "~/modules/auth/invitations.server";
import { sha256Hex } from "~/modules/auth/tokens.server";
import { generateVerificationCode } from "~/modules/certificates/code";
import { compileMdxModule } from "~/modules/courses/compile-mdx.server";
import { factories } from "../../factories";
import { coalitionSide } from "./coalitions";

/** The columns of the matrix, in the order docs/security.md shows them. */
export const ROLES = [
  "anonymous",
  "participantA",
  "participantB",
  "facilitatorA",
  "facilitatorB",
  "orgAdminX",
  "orgAdminY",
  "platformAdmin",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  anonymous: "anonymous",
  participantA: "participant A",
  participantB: "participant B",
  facilitatorA: "facilitator A",
  facilitatorB: "facilitator B",
  orgAdminX: "org admin X",
  orgAdminY: "org admin Y",
  platformAdmin: "platform admin",
};

/** The same person on the other side: a request with the other cohort's ids is expected to behave as for this role. */
export const MIRROR: Record<Role, Role> = {
  anonymous: "anonymous",
  participantA: "participantB",
  participantB: "participantA",
  facilitatorA: "facilitatorB",
  facilitatorB: "facilitatorA",
  orgAdminX: "orgAdminY",
  orgAdminY: "orgAdminX",
  platformAdmin: "platformAdmin",
};

const make = factories(db);

/** Everything on one side (cohort A with club X, or cohort B with club Y). */
async function side(label: "A" | "B", admin: { id: string }) {
  const participant = await make.user({
    name: `Deelnemer ${label}`,
    domain: label === "A" ? "SPORT" : "ZORG",
  });
  const facilitator = await make.user({ name: `Begeleider ${label}`, role: "FACILITATOR" });
  const orgAdmin = await make.user({ name: `Clubbeheerder ${label === "A" ? "X" : "Y"}` });
  // Spare participants: the targets of actions that cannot be repeated (remove, revoke, issue by hand).
  const spares = await Promise.all(
    [1, 2, 3, 4, 5, 6].map((n) => make.user({ name: `Reserve ${label}${n}`, domain: "WELZIJN" })),
  );
  const pending = await make.user({ name: `Aanmelder ${label}` });
  const club = await make.organisation({ name: `Club ${label === "A" ? "X" : "Y"}` });
  await make.membership({ userId: orgAdmin.id, orgId: club.id, role: "ADMIN" });
  await make.membership({ userId: participant.id, orgId: club.id });
  await make.membership({ userId: spares[0].id, orgId: club.id });
  await make.membership({ userId: pending.id, orgId: club.id, status: "PENDING" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [participant.id, ...spares.map((spare) => spare.id)],
    orgIds: [club.id],
    name: `Groep ${label}`,
  });
  await db.cohort.update({ where: { id: cohort.id }, data: { evaluationOpenedAt: new Date() } });

  const evening = await db.evening.create({
    data: {
      cohortId: cohort.id,
      startsAt: new Date("2026-10-01T17:30:00Z"),
      endsAt: new Date("2026-10-01T19:30:00Z"),
      place: "Clubhuis",
      topic: "Kennismaken",
    },
  });
  await db.attendance.create({
    data: {
      eveningId: evening.id,
      userId: participant.id,
      status: "PRESENT",
      recordedById: facilitator.id,
    },
  });

  const caseFields = {
    situation: "Een speler komt al weken te laat en lijkt moe.",
    whatIDid: "Ik heb na de training gevraagd hoe het gaat.",
    question: "Hoe pak ik dit verder aan?",
    themes: ["teamprocessen"],
  };
  const forumCase = await db.forumCase.create({
    data: { cohortId: cohort.id, authorId: participant.id, title: `Casus ${label}`, ...caseFields },
  });
  const reply = await db.forumReply.create({
    data: {
      caseId: forumCase.id,
      authorId: facilitator.id,
      body: "Vraag eens of er thuis iets speelt.",
    },
  });
  // Hide and lock act on a second case, so the main case stays open for the other rows.
  const moderatedCase = await db.forumCase.create({
    data: {
      cohortId: cohort.id,
      authorId: participant.id,
      title: `Tweede casus ${label}`,
      ...caseFields,
    },
  });
  await db.forumReport.create({
    data: { caseId: forumCase.id, reporterId: spares[0].id, reason: "Staat er een naam in?" },
  });

  const lessons = [
    { slug: "kennismaken", title: "Kennismaken", minutes: 10, body: "Welkom in de les." },
  ];
  const draftModule = await db.localModule.create({
    data: {
      ownerId: facilitator.id,
      region: "Twente",
      versions: {
        create: {
          number: 1,
          title: `Concept ${label}`,
          goals: ["Kennismaken"],
          lessons,
          createdById: facilitator.id,
        },
      },
    },
  });
  const publishedModule = await db.localModule.create({
    data: {
      ownerId: facilitator.id,
      region: "Twente",
      status: "PUBLISHED",
      versions: {
        create: {
          number: 1,
          title: `Gepubliceerd ${label}`,
          goals: ["Kennismaken"],
          lessons,
          createdById: facilitator.id,
          publishedAt: new Date(),
        },
      },
    },
  });
  const version = await db.localModuleVersion.findFirstOrThrow({
    where: { moduleId: publishedModule.id },
  });
  await db.localModule.update({
    where: { id: publishedModule.id },
    data: { publishedVersionId: version.id },
  });

  const certificate = (userId: string) =>
    db.certificate.create({
      data: {
        code: generateVerificationCode(),
        userId,
        cohortId: cohort.id,
        nameOnCertificate: "Deelnemer",
        courseTitle: "Buiten de Lijnen",
        studyMinutes: 600,
        completedOn: new Date("2026-12-01"),
        issuedById: facilitator.id,
      },
    });
  const ownCertificate = await certificate(participant.id);
  const revocable = [await certificate(spares[2].id), await certificate(spares[3].id)];

  const response = await db.evaluationResponse.create({
    data: {
      cohortId: cohort.id,
      questionnaireVersion: 1,
      sector: "sport",
      submittedWeek: new Date("2026-11-30"),
    },
  });
  await db.evaluationReceipt.create({ data: { userId: spares[1].id, cohortId: cohort.id } });
  const reflection = await db.reflection.create({
    data: {
      userId: participant.id,
      cohortId: cohort.id,
      reflectionId: "kern/sport-als-middel/wat-is-een-sociaal-sportinitiatief/m1-reflectie-1",
      moduleKey: "kern/sport-als-middel",
      text: `Geheime reflectie van deelnemer ${label}: ik zag een jongen opbloeien.`,
    },
  });
  await db.lessonProgress.create({
    data: {
      userId: participant.id,
      cohortId: cohort.id,
      moduleKey: "kern/sport-als-middel",
      lessonSlug: "wat-is-een-sociaal-sportinitiatief",
    },
  });

  const invitations = [
    await createInvitation({ createdById: facilitator.id, cohortId: cohort.id, validDays: 14 }),
    await createInvitation({ createdById: facilitator.id, cohortId: cohort.id, validDays: 14 }),
  ];
  void admin;
  const coalition = await coalitionSide(label, { club, participant, orgAdmin });
  return {
    participant,
    facilitator,
    orgAdmin,
    spares,
    pending,
    club,
    cohort,
    evening,
    forumCase,
    reply,
    moderatedCase,
    draftModule,
    publishedModule,
    ownCertificate,
    revocable,
    response,
    invitations,
    reflection,
    coalition,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Builds the one world every row runs against, with a session cookie per role (no login, so no rate limit). */
export async function buildWorld() {
  const admin = await make.user({ name: "Platformbeheerder", role: "ADMIN" });
  const a = await side("A", admin);
  const b = await side("B", admin);
  const courseWideCase = await db.forumCase.create({
    data: {
      cohortId: null,
      authorId: a.participant.id,
      title: "Casus voor iedereen",
      situation: "Een vrijwilliger twijfelt of hij een melding moet doen.",
      whatIDid: "Ik heb geluisterd.",
      question: "Wat zouden jullie doen?",
      themes: ["veilig-sportklimaat"],
    },
  });
  await db.forumReply.create({
    data: {
      caseId: courseWideCase.id,
      authorId: b.participant.id,
      body: "Bespreek het met de vertrouwenspersoon.",
    },
  });
  const courseWideModerated = await db.forumCase.create({
    data: {
      cohortId: null,
      authorId: b.participant.id,
      title: "Tweede casus voor iedereen",
      situation: "Een trainer mist vaak trainingen zonder bericht.",
      whatIDid: "Nog niets.",
      question: "Hoe begin ik het gesprek?",
      themes: ["teamprocessen"],
    },
  });
  const resetToken = randomBytes(20).toString("hex");
  const resetUser = await make.user({ name: "Vergeetachtig" });
  await db.passwordResetToken.create({
    data: {
      userId: resetUser.id,
      tokenHash: sha256Hex(resetToken),
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  const spare = await make.user({ name: "Losse gebruiker" });
  // Issue 15: participant A's calendar feed (a secret token in the URL).
  const feedToken = "abcdefghijklmnopqrstuvwxyz234567";
  await db.calendarFeed.create({ data: { userId: a.participant.id, token: feedToken } });
  const neutralOrg = await make.organisation({ name: "Bibliotheek Matrix", type: "OVERIG" });
  // A compiled lesson's module address (decision 023), as a lesson page names it.
  const lessonModule = await compileMdxModule("Welkom in de les.");

  const people: Record<Exclude<Role, "anonymous">, { id: string }> = {
    participantA: a.participant,
    participantB: b.participant,
    facilitatorA: a.facilitator,
    facilitatorB: b.facilitator,
    orgAdminX: a.orgAdmin,
    orgAdminY: b.orgAdmin,
    platformAdmin: admin,
  };
  return {
    a,
    b,
    admin,
    courseWideCase,
    courseWideModerated,
    resetToken,
    spare,
    people,
    feedToken,
    neutralOrg,
    lessonModule,
  };
}

/** A "name=value" session cookie for this person, made directly (no login). */
export async function cookieFor(userId: string) {
  const session = await createSession(userId);
  return (await sessionCookie.serialize(session.token)).split(";")[0];
}
