import { db } from "~/utils/db.server";
import type { Domain } from "~/modules/people/types";

/**
 * Takes a participant out of the cohort. Their progress, reflections and
 * posts stay theirs; they simply no longer see the cohort.
 */
export async function removeParticipant({
  cohortId,
  userId,
}: {
  cohortId: string;
  userId: string;
}): Promise<{ name: string } | null> {
  const member = await db.cohortMember.findFirst({
    where: { cohortId, userId, role: "PARTICIPANT", removedAt: null },
    select: { user: { select: { name: true } } },
  });
  if (!member) return null;
  await db.cohortMember.updateMany({
    where: { cohortId, userId, role: "PARTICIPANT", removedAt: null },
    data: { removedAt: new Date() },
  });
  return { name: member.user.name };
}

/** Whether the profile still lacks a sector or an organisation (asked right after joining). */
export async function missingProfileParts({ userId }: { userId: string }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { domain: true, _count: { select: { memberships: true } } },
  });
  return { domain: !user.domain, organisation: user._count.memberships === 0 };
}

/** Fills in the sector and asks to join an organisation (its admin confirms), right after joining a cohort. */
export async function completeProfile({
  userId,
  domain,
  orgId,
}: {
  userId: string;
  domain?: Domain;
  orgId?: string;
}) {
  await db.$transaction(async (tx) => {
    if (domain) await tx.user.updateMany({ where: { id: userId, domain: null }, data: { domain } });
    if (orgId && (await tx.organisation.count({ where: { id: orgId } }))) {
      await tx.orgMembership.upsert({
        where: { userId_orgId: { userId, orgId } },
        create: { userId, orgId },
        update: {},
      });
    }
  });
}
