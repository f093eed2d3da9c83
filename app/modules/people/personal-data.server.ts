import { db } from "~/utils/db.server";

/** Everything we keep about a person, for the AVG/GDPR download. */
export async function exportPersonalData({ userId }: { userId: string }) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      domain: true,
      volunteerRole: true,
      role: true,
      locale: true,
      createdAt: true,
      memberships: { select: { role: true, status: true, createdAt: true, org: { select: { name: true } } } },
      sessions: { select: { createdAt: true, lastVerifiedAt: true } },
    },
  });
  return { exportedAt: new Date().toISOString(), person: user };
}

/** Deletes the account; related rows go with it through the schema's cascades. */
export async function deleteAccount({ userId }: { userId: string }) {
  await db.user.delete({ where: { id: userId } });
}
