import { z } from "zod";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { isId } from "~/utils/ids";
import { withoutControlCharacters } from "~/utils/text";

/*
 * The tandem assignment (decision 025): between evenings one sport and one
 * zorg/welzijn participant of a mixed cohort visit each other's setting and
 * each write their half of a short report. The report is done when both
 * halves are in. The facilitator pairs people, or a participant picks a
 * partner from the other world among those not yet paired. It counts for
 * completion unless the cohort switched it off (Cohort.tandemRequired).
 * Visible only to the pair and the cohort's staff; not posted to the forum.
 */

export type Side = "sport" | "social";
const sideOf = (domain: string | null | undefined): Side | null =>
  domain === "SPORT" ? "sport" : domain === "ZORG" || domain === "WELZIJN" ? "social" : null;

/** Whether the cohort has current participants from both worlds. */
const mixedSql = (cohortId: string | Prisma.Sql) => Prisma.sql`
  COALESCE((SELECT true FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId" WHERE m."cohortId" = ${cohortId} AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL AND u."domain" = 'SPORT' LIMIT 1), false)
  AND COALESCE((SELECT true FROM "CohortMember" m JOIN "User" u ON u."id" = m."userId" WHERE m."cohortId" = ${cohortId} AND m."role" = 'PARTICIPANT' AND m."removedAt" IS NULL AND u."domain" IN ('ZORG', 'WELZIJN') LIMIT 1), false)`;

/**
 * Two columns for the completion query: whether the tandem counts for this
 * person (switched on, the cohort is mixed, and they are from sport or
 * zorg/welzijn) and whether their tandem report has both halves.
 */
export function tandemSql(cohortId: string | Prisma.Sql, userId: string | Prisma.Sql) {
  return Prisma.sql`
    ((SELECT "tandemRequired" FROM "Cohort" WHERE "id" = ${cohortId})
      AND COALESCE((SELECT true FROM "User" WHERE "id" = ${userId} AND "domain" IN ('SPORT', 'ZORG', 'WELZIJN') LIMIT 1), false)
      AND ${mixedSql(cohortId)}
    ) AS "tandemRequired",
    COALESCE((SELECT true FROM "Tandem" t
               WHERE t."cohortId" = ${cohortId} AND (t."sportUserId" = ${userId} OR t."socialUserId" = ${userId})
                 AND t."sportAt" IS NOT NULL AND t."socialAt" IS NOT NULL LIMIT 1), false) AS "tandemDone"`;
}

type Person = { id: string; name: string; domain: string | null };
export type TandemView = {
  id: string;
  sport: Person;
  social: Person;
  sportHalf: { saw: string; takes: string; at: string } | null;
  socialHalf: { saw: string; takes: string; at: string } | null;
};

const tandemSelect = {
  id: true,
  sportSaw: true,
  sportTakes: true,
  sportAt: true,
  socialSaw: true,
  socialTakes: true,
  socialAt: true,
  sportUser: { select: { id: true, name: true, domain: true } },
  socialUser: { select: { id: true, name: true, domain: true } },
} as const;

type TandemRow = Prisma.TandemGetPayload<{ select: typeof tandemSelect }>;
const half = (saw: string | null, takes: string | null, at: Date | null) =>
  at ? { saw: saw ?? "", takes: takes ?? "", at: at.toISOString() } : null;
const toView = (row: TandemRow): TandemView => ({
  id: row.id,
  sport: row.sportUser,
  social: row.socialUser,
  sportHalf: half(row.sportSaw, row.sportTakes, row.sportAt),
  socialHalf: half(row.socialSaw, row.socialTakes, row.socialAt),
});

/** The cohort's switch and whether the tandem applies now (both worlds among the participants). */
export async function getTandemSetting({ cohortId }: { cohortId: string }) {
  const [row] = await db.$queryRaw<
    { on: boolean; mixed: boolean }[]
  >`SELECT c."tandemRequired" AS "on", (${mixedSql(cohortId)}) AS "mixed" FROM "Cohort" c WHERE c."id" = ${cohortId}`;
  return { on: row?.on ?? false, mixed: row?.mixed ?? false };
}

export async function setTandemRequired({ cohortId, on }: { cohortId: string; on: boolean }) {
  await db.cohort.update({ where: { id: cohortId }, data: { tandemRequired: on } });
}

async function participants(cohortId: string): Promise<Person[]> {
  const rows = await db.cohortMember.findMany({
    where: { cohortId, role: "PARTICIPANT", removedAt: null },
    select: { user: { select: { id: true, name: true, domain: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => row.user);
}

/**
 * What the tandem page shows: the switch, the person's own tandem (or the
 * partners they can pick), and for staff every pair with its state and who
 * is not yet paired, per world.
 */
export async function getTandemPage({
  cohortId,
  userId,
  isStaff,
}: {
  cohortId: string;
  userId: string;
  isStaff: boolean;
}) {
  const [setting, people, tandems, cohort] = await Promise.all([
    getTandemSetting({ cohortId }),
    participants(cohortId),
    db.tandem.findMany({
      where: { cohortId },
      select: tandemSelect,
      orderBy: { createdAt: "asc" },
    }),
    db.cohort.findUnique({ where: { id: cohortId }, select: { name: true } }),
  ]);
  const paired = new Set(tandems.flatMap((row) => [row.sportUser.id, row.socialUser.id]));
  const unpaired = people.filter((person) => !paired.has(person.id));
  const me = people.find((person) => person.id === userId) ?? null;
  const mySide = sideOf(me?.domain);
  const own = tandems.find((row) => row.sportUser.id === userId || row.socialUser.id === userId);
  return {
    cohortName: cohort?.name ?? "",
    setting,
    /** null when the person is no participant from sport or zorg/welzijn. */
    mySide: me ? mySide : null,
    own: own
      ? { ...toView(own), side: (own.sportUser.id === userId ? "sport" : "social") as Side }
      : null,
    candidates:
      me && mySide && !own
        ? unpaired.filter((person) => {
            const side = sideOf(person.domain);
            return side !== null && side !== mySide;
          })
        : [],
    staff: isStaff
      ? {
          pairs: tandems.map(toView),
          unpairedSport: unpaired.filter((person) => sideOf(person.domain) === "sport"),
          unpairedSocial: unpaired.filter((person) => sideOf(person.domain) === "social"),
          unpairedOther: unpaired.filter((person) => sideOf(person.domain) === null),
        }
      : null,
  };
}

export type PairResult = "ok" | "not-member" | "same-world" | "taken";

/**
 * Pairs two participants of the cohort: only current participants, one from
 * sport and one from zorg/welzijn, each in at most one tandem per cohort
 * (also held by the two unique keys, so two requests at once cannot both win).
 */
export async function formTandem({
  cohortId,
  firstId,
  secondId,
}: {
  cohortId: string;
  firstId: string;
  secondId: string;
}): Promise<PairResult> {
  if (!isId(firstId) || !isId(secondId) || firstId === secondId)
    return firstId === secondId ? "same-world" : "not-member";
  const members = await db.cohortMember.findMany({
    where: { cohortId, userId: { in: [firstId, secondId] }, role: "PARTICIPANT", removedAt: null },
    select: { userId: true, user: { select: { domain: true } } },
  });
  if (members.length !== 2) return "not-member";
  const sport = members.find((row) => sideOf(row.user.domain) === "sport");
  const social = members.find((row) => sideOf(row.user.domain) === "social");
  if (!sport || !social) return "same-world";
  try {
    await db.tandem.create({
      data: { cohortId, sportUserId: sport.userId, socialUserId: social.userId },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return "taken";
    throw error;
  }
  return "ok";
}

/** Undoes a pair (staff); both halves written so far go with it. */
export async function removeTandem({
  cohortId,
  tandemId,
}: {
  cohortId: string;
  tandemId: string;
}): Promise<boolean> {
  if (!isId(tandemId)) return false;
  return (await db.tandem.deleteMany({ where: { id: tandemId, cohortId } })).count > 0;
}

/** Writes (or rewrites) the person's own half of their tandem report; false when they have no tandem in this cohort. */
export async function writeTandemHalf({
  cohortId,
  userId,
  saw,
  takes,
}: {
  cohortId: string;
  userId: string;
  saw: string;
  takes: string;
}): Promise<boolean> {
  const now = new Date();
  const asSport = await db.tandem.updateMany({
    where: { cohortId, sportUserId: userId },
    data: { sportSaw: saw, sportTakes: takes, sportAt: now },
  });
  if (asSport.count > 0) return true;
  const asSocial = await db.tandem.updateMany({
    where: { cohortId, socialUserId: userId },
    data: { socialSaw: saw, socialTakes: takes, socialAt: now },
  });
  return asSocial.count > 0;
}

export const TANDEM_TEXT_MAX = 2000;
const text = (missing: string) =>
  z
    .string({ required_error: missing })
    .transform(withoutControlCharacters)
    .pipe(z.string().trim().min(1, missing).max(TANDEM_TEXT_MAX, "cohorts.tandem.errors.tooLong"));
const id = (missing: string) => z.string({ required_error: missing }).trim().min(1, missing);

/** One half of the report (errors are catalogue keys). */
export const TandemHalfForm = z.object({
  saw: text("cohorts.tandem.errors.sawMissing"),
  takes: text("cohorts.tandem.errors.takesMissing"),
});

/** The facilitator pairs two people. */
export const TandemPairForm = z.object({
  sportUserId: id("cohorts.tandem.errors.sportMissing"),
  socialUserId: id("cohorts.tandem.errors.socialMissing"),
});

/** A participant picks a partner. */
export const TandemChooseForm = z.object({ partnerId: id("cohorts.tandem.errors.partnerMissing") });
