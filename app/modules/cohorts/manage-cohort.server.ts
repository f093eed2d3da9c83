import { db } from "~/utils/db.server";
import { NOTIFY_RECIPIENT, notifyEach } from "~/modules/notify/send-notification.server";

type Result<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

const dateOnly = (value: string) => new Date(`${value}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Everything the settings page shows and may change. */
export async function getCohortSettings({
  cohortId,
  viewerId,
  viewerIsAdmin,
}: {
  cohortId: string;
  viewerId: string;
  viewerIsAdmin: boolean;
}) {
  const cohort = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      id: true,
      name: true,
      place: true,
      startsOn: true,
      endsOn: true,
      capacity: true,
      minEvenings: true,
      requireEvaluation: true,
      archivedAt: true,
      coreVersionId: true,
      organisations: { select: { orgId: true } },
      members: {
        where: { removedAt: null },
        orderBy: { user: { name: "asc" } },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!cohort) return null;
  const [organisations, targets] = await Promise.all([
    db.organisation.findMany({
      select: { id: true, name: true, type: true, town: true },
      orderBy: { name: "asc" },
    }),
    // Cohorts of the same course run (core version) that this person also runs, and that still take people.
    db.cohort.findMany({
      where: {
        id: { not: cohortId },
        coreVersionId: cohort.coreVersionId,
        archivedAt: null,
        ...(viewerIsAdmin
          ? {}
          : {
              members: {
                some: {
                  userId: viewerId,
                  removedAt: null,
                  role: { in: ["FACILITATOR", "CO_FACILITATOR"] },
                },
              },
            }),
      },
      orderBy: { startsOn: "desc" },
      take: 50,
      select: { id: true, name: true, place: true },
    }),
  ]);
  return {
    id: cohort.id,
    name: cohort.name,
    place: cohort.place,
    startsOn: iso(cohort.startsOn),
    endsOn: iso(cohort.endsOn),
    capacity: cohort.capacity,
    minEvenings: cohort.minEvenings,
    requireEvaluation: cohort.requireEvaluation,
    archived: Boolean(cohort.archivedAt),
    finished: iso(cohort.endsOn) < iso(new Date()),
    orgIds: cohort.organisations.map((org) => org.orgId),
    organisations,
    staff: cohort.members
      .filter((member) => member.role !== "PARTICIPANT")
      .map((member) => ({
        id: member.user.id,
        name: member.user.name,
        email: member.user.email,
        role: member.role,
      })),
    participants: cohort.members
      .filter((member) => member.role === "PARTICIPANT")
      .map((member) => ({ id: member.user.id, name: member.user.name })),
    targets,
  };
}

export type SettingsInput = {
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
  capacity?: number;
  minEvenings: number;
  requireEvaluation: boolean;
  orgIds: string[];
};

/**
 * Changes every setting of a cohort. When the completion rules change,
 * everyone is evaluated again: certificates now due are issued; certificates
 * already issued are never taken back here (the facilitator may revoke one,
 * with a reason, on the certificates page), but they are counted so that the
 * facilitator knows.
 */
/** What happens when the completion rules changed; certificates are another domain's, so the caller brings it. */
type Reevaluate = () => Promise<{ issued: number; noLongerMeeting: number }>;

export async function updateCohortSettings({
  cohortId,
  input,
  reevaluate,
}: {
  cohortId: string;
  input: SettingsInput;
  reevaluate: Reevaluate;
}): Promise<Result<{ issued: number; noLongerMeeting: number; rulesChanged: boolean }>> {
  const before = await db.cohort.findUnique({
    where: { id: cohortId },
    select: {
      minEvenings: true,
      requireEvaluation: true,
      _count: { select: { members: { where: { role: "PARTICIPANT", removedAt: null } } } },
    },
  });
  if (!before) return { ok: false, errors: { form: "season.errors.cohortGone" } };
  if (input.capacity !== undefined && input.capacity < before._count.members)
    return { ok: false, errors: { capacity: "season.errors.capacityBelowParticipants" } };
  const orgs = input.orgIds.length
    ? await db.organisation.findMany({ where: { id: { in: input.orgIds } }, select: { id: true } })
    : [];
  await db.$transaction([
    db.cohort.update({
      where: { id: cohortId },
      data: {
        name: input.name,
        place: input.place,
        startsOn: dateOnly(input.startsOn),
        endsOn: dateOnly(input.endsOn),
        capacity: input.capacity ?? null,
        minEvenings: input.minEvenings,
        requireEvaluation: input.requireEvaluation,
      },
    }),
    db.cohortOrganisation.deleteMany({
      where: { cohortId, orgId: { notIn: orgs.map((org) => org.id) } },
    }),
    db.cohortOrganisation.createMany({
      data: orgs.map((org) => ({ cohortId, orgId: org.id })),
      skipDuplicates: true,
    }),
  ]);
  const rulesChanged =
    before.minEvenings !== input.minEvenings ||
    before.requireEvaluation !== input.requireEvaluation;
  if (!rulesChanged) return { ok: true, issued: 0, noLongerMeeting: 0, rulesChanged };
  return { ok: true, rulesChanged, ...(await reevaluate()) };
}

/** Adds a co-facilitator by e-mail address: only people who are facilitators (or admins) on the platform. */
export async function addCoFacilitator({
  cohortId,
  email,
}: {
  cohortId: string;
  email: string;
}): Promise<Result<{ name: string }>> {
  const user = await db.user.findFirst({
    where: { email, role: { in: ["FACILITATOR", "ADMIN"] } },
    select: { id: true, name: true },
  });
  if (!user) return { ok: false, errors: { email: "cohorts.errors.coFacilitatorUnknown" } };
  const existing = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId: user.id } },
    select: { role: true, removedAt: true },
  });
  if (existing && !existing.removedAt)
    return {
      ok: false,
      errors: {
        email:
          existing.role === "PARTICIPANT"
            ? "season.errors.isParticipant"
            : "season.errors.alreadyStaff",
      },
    };
  await db.cohortMember.upsert({
    where: { cohortId_userId: { cohortId, userId: user.id } },
    create: { cohortId, userId: user.id, role: "CO_FACILITATOR" },
    update: { role: "CO_FACILITATOR", removedAt: null, joinedAt: new Date() },
  });
  return { ok: true, name: user.name };
}

/** Removes a co-facilitator (never the cohort's own facilitator). */
export async function removeCoFacilitator({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId: string;
}): Promise<Result<{ name: string }>> {
  const member = await db.cohortMember.findFirst({
    where: { cohortId, userId, role: "CO_FACILITATOR", removedAt: null },
    select: { user: { select: { name: true } } },
  });
  if (!member) return { ok: false, errors: { userId: "season.errors.notCoFacilitator" } };
  await db.cohortMember.updateMany({
    where: { cohortId, userId, role: "CO_FACILITATOR", removedAt: null },
    data: { removedAt: new Date() },
  });
  return { ok: true, name: member.user.name };
}

/** Tells a removed participant that they left the cohort, and that their work and certificates stay theirs. */
export async function mailRemovedParticipant({
  cohortId,
  userId,
  origin,
}: {
  cohortId: string;
  userId: string;
  origin: string;
}) {
  const [user, cohort] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: NOTIFY_RECIPIENT }),
    db.cohort.findUnique({ where: { id: cohortId }, select: { name: true } }),
  ]);
  if (!user || !cohort) return;
  await notifyEach([user], "course", (t) => ({
    subject: t("season.mail.removedSubject", { cohort: cohort.name }),
    text: t("season.mail.removedText", {
      name: user.name,
      cohort: cohort.name,
      link: `${origin}/mijn-overzicht`,
    }),
  }));
}

/**
 * Moves a participant to another cohort of the same course run that the
 * mover also runs. Their progress, reflections and answers go along
 * (copied: the old cohort's reports keep their history); attendance and any
 * certificate stay where they were earned.
 */
export async function moveParticipant({
  cohortId,
  userId,
  targetCohortId,
  moverId,
  moverIsAdmin,
  origin,
}: {
  cohortId: string;
  userId: string;
  targetCohortId: string;
  moverId: string;
  moverIsAdmin: boolean;
  origin: string;
}): Promise<Result<{ name: string; target: string }>> {
  const [member, source, target] = await Promise.all([
    db.cohortMember.findFirst({
      where: { cohortId, userId, role: "PARTICIPANT", removedAt: null },
      select: { user: { select: NOTIFY_RECIPIENT } },
    }),
    db.cohort.findUnique({ where: { id: cohortId }, select: { coreVersionId: true, name: true } }),
    db.cohort.findFirst({
      where: {
        id: targetCohortId,
        archivedAt: null,
        ...(moverIsAdmin
          ? {}
          : {
              members: {
                some: {
                  userId: moverId,
                  removedAt: null,
                  role: { in: ["FACILITATOR", "CO_FACILITATOR"] },
                },
              },
            }),
      },
      select: {
        id: true,
        name: true,
        coreVersionId: true,
        capacity: true,
        _count: { select: { members: { where: { role: "PARTICIPANT", removedAt: null } } } },
      },
    }),
  ]);
  if (!member) return { ok: false, errors: { userId: "season.errors.personRequired" } };
  if (!source || !target || target.id === cohortId || target.coreVersionId !== source.coreVersionId)
    return { ok: false, errors: { targetCohortId: "season.errors.targetRequired" } };
  const inTarget = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId: target.id, userId } },
    select: { removedAt: true },
  });
  if (inTarget && !inTarget.removedAt)
    return { ok: false, errors: { targetCohortId: "season.errors.alreadyInTarget" } };
  if (target.capacity !== null && target._count.members >= target.capacity)
    return { ok: false, errors: { targetCohortId: "season.errors.targetFull" } };
  await db.$transaction(async (tx) => {
    await tx.cohortMember.updateMany({
      where: { cohortId, userId, removedAt: null },
      data: { removedAt: new Date() },
    });
    await tx.cohortMember.upsert({
      where: { cohortId_userId: { cohortId: target.id, userId } },
      create: { cohortId: target.id, userId, role: "PARTICIPANT" },
      update: { role: "PARTICIPANT", removedAt: null, joinedAt: new Date() },
    });
    const progress = await tx.lessonProgress.findMany({ where: { cohortId, userId } });
    await tx.lessonProgress.createMany({
      data: progress.map((row) => ({ ...row, cohortId: target.id })),
      skipDuplicates: true,
    });
    const answers = await tx.checkAnswer.findMany({ where: { cohortId, userId } });
    await tx.checkAnswer.createMany({
      data: answers.map((row) => ({ ...row, cohortId: target.id })),
      skipDuplicates: true,
    });
    const reflections = await tx.reflection.findMany({
      where: { cohortId, userId },
      select: { reflectionId: true, moduleKey: true, text: true },
    });
    await tx.reflection.createMany({
      data: reflections.map((row) => ({ ...row, userId, cohortId: target.id })),
      skipDuplicates: true,
    });
  });
  await notifyEach([member.user], "course", (t) => ({
    subject: t("season.mail.movedSubject", { cohort: target.name }),
    text: t("season.mail.movedText", {
      name: member.user.name,
      from: source.name,
      to: target.name,
      link: `${origin}/groepen/${target.id}`,
    }),
  }));
  return { ok: true, name: member.user.name, target: target.name };
}

/** Archives a finished cohort (read-only, out of the daily lists) or brings it back. */
export async function setArchived({
  cohortId,
  archived,
}: {
  cohortId: string;
  archived: boolean;
}): Promise<Result> {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { endsOn: true } });
  if (!cohort) return { ok: false, errors: { form: "season.errors.cohortGone" } };
  if (archived && iso(cohort.endsOn) >= iso(new Date()))
    return { ok: false, errors: { form: "season.errors.notFinished" } };
  await db.cohort.update({
    where: { id: cohortId },
    data: { archivedAt: archived ? new Date() : null },
  });
  return { ok: true };
}
