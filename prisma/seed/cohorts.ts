import type { PrismaClient } from "../../app/generated/prisma/client";
import { amsterdamToUtc } from "../../app/modules/cohorts/local-time";
import { factories } from "../../tests/factories";

const DAY_MS = 24 * 60 * 60 * 1000;
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The demo cohort "Sportcoach Enschede najaar 2026": sport and welfare/care
 * volunteers together, two evenings behind them (with attendance), one
 * coming up, and progress that differs per person. Skips when it exists.
 */
export async function seedCohorts(db: PrismaClient, _ctx?: unknown): Promise<void> {
  const name = "Sportcoach Enschede najaar 2026";
  if (await db.cohort.findFirst({ where: { name } })) return;
  const byEmail = async (email: string) =>
    db.user.findUnique({ where: { email }, select: { id: true } });
  const facilitator = await byEmail("begeleider@demo.buitendelijnen.nl");
  if (!facilitator) return;
  const emails = ["trainer", "teamleider", "stagiair", "maatje", "zorg"].map(
    (local) => `${local}@demo.buitendelijnen.nl`,
  );
  const participants = (await Promise.all(emails.map(byEmail))).filter(
    (user): user is { id: string } => Boolean(user),
  );
  const [trainer, teamleider, stagiair, maatje, zorg] = participants;
  const orgs = await db.organisation.findMany({
    where: { name: { in: ["SV Buitenveld", "Welzijn Oost"] } },
    select: { id: true },
  });

  const make = factories(db);
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: participants.map((user) => user.id),
    name,
    place: "Enschede",
    orgIds: orgs.map((org) => org.id),
    minEvenings: 2,
  });
  // Marked as demo: its clubs and local lesson are invented, inside a real city (content review, quick fixes).
  await db.cohort.update({ where: { id: cohort.id }, data: { isDemo: true } });
  const { files } = await make.coreVersion();
  const core = files.core;

  const evenings = [
    {
      day: -21,
      topic: "Kennismaken: sport en welzijn aan één tafel",
      place: "Kantine SV Buitenveld, Sportlaan 4, Enschede",
      prepare: [core[0]?.key],
    },
    {
      day: -7,
      topic: "De kwetsbare sporter: signalen herkennen",
      place: "Wijkcentrum De Bron, Oosterstraat 12, Enschede",
      prepare: [core[4]?.key],
    },
    {
      day: 7,
      topic: "Samenwerken: de tijdlijnmethode oefenen",
      place: "Kantine SV Buitenveld, Sportlaan 4, Enschede",
      prepare: [core[6]?.key],
    },
  ];
  const created = [];
  for (const evening of evenings) {
    created.push(
      await db.evening.create({
        data: {
          cohortId: cohort.id,
          startsAt: amsterdamToUtc(dayFromNow(evening.day), "19:30"),
          endsAt: amsterdamToUtc(dayFromNow(evening.day), "21:30"),
          place: evening.place,
          topic: evening.topic,
          prepareModules: evening.prepare.filter((key): key is string => Boolean(key)),
        },
      }),
    );
  }
  const attendance: [
    typeof trainer,
    "PRESENT" | "ABSENT" | "EXCUSED",
    "PRESENT" | "ABSENT" | "EXCUSED",
  ][] = [
    [trainer, "PRESENT", "PRESENT"],
    [teamleider, "PRESENT", "EXCUSED"],
    [stagiair, "ABSENT", "PRESENT"],
    [maatje, "PRESENT", "PRESENT"],
    [zorg, "PRESENT", "ABSENT"],
  ];
  for (const [person, first, second] of attendance) {
    if (!person) continue;
    await db.attendance.createMany({
      data: [
        {
          eveningId: created[0].id,
          userId: person.id,
          status: first,
          recordedById: facilitator.id,
        },
        {
          eveningId: created[1].id,
          userId: person.id,
          status: second,
          recordedById: facilitator.id,
        },
      ],
    });
  }

  // Modules fully done per person; the next module half done.
  const modulesDone: [typeof trainer, number][] = [
    [trainer, 5],
    [teamleider, 3],
    [stagiair, 1],
    [maatje, 4],
    [zorg, 2],
  ];
  for (const [person, count] of modulesDone) {
    if (!person) continue;
    const rows = core.flatMap((module, index) => {
      const lessons =
        index < count
          ? module.lessons
          : index === count
            ? module.lessons.slice(0, Math.ceil(module.lessons.length / 2))
            : [];
      return lessons.map((lesson) => ({
        userId: person.id,
        cohortId: cohort.id,
        moduleKey: module.key,
        lessonSlug: lesson.slug,
      }));
    });
    await db.lessonProgress.createMany({ data: rows, skipDuplicates: true });
  }
}
