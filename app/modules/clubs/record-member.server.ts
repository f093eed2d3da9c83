import { db } from "~/utils/db.server";
import type { VolunteerType } from "./types";

export type TypesResult = "saved" | "not-member" | "needs-certificate";

/**
 * Sets a member's volunteer types. "getraind" (trained volunteer) needs a
 * valid certificate; confirming it records when and by whom. Scoped to the
 * organisation's ACTIVE members, so a member of another club matches nothing.
 */
export async function setVolunteerTypes({
  orgId,
  userId,
  adminId,
  types,
}: {
  orgId: string;
  userId: string;
  adminId: string;
  types: VolunteerType[];
}): Promise<TypesResult> {
  const membership = await db.orgMembership.findFirst({
    where: { orgId, userId, status: "ACTIVE" },
    select: { trainedConfirmedAt: true },
  });
  if (!membership) return "not-member";
  const trained = types.includes("getraind");
  if (trained && !(await db.certificate.count({ where: { userId, revokedAt: null } })))
    return "needs-certificate";
  const keepConfirmation = trained && membership.trainedConfirmedAt;
  await db.orgMembership.updateMany({
    where: { orgId, userId, status: "ACTIVE" },
    data: {
      volunteerTypes: [...new Set(types)],
      ...(keepConfirmation
        ? {}
        : trained
          ? { trainedConfirmedAt: new Date(), trainedConfirmedById: adminId }
          : { trainedConfirmedAt: null, trainedConfirmedById: null }),
    },
  });
  return "saved";
}

/** Records "VOG gezien op <date> door <admin>". Only the date and who saw it: never the VOG itself. */
export async function recordVogSeen({
  orgId,
  userId,
  adminId,
  seenOn,
}: {
  orgId: string;
  userId: string;
  adminId: string;
  seenOn: Date;
}): Promise<boolean> {
  const result = await db.orgMembership.updateMany({
    where: { orgId, userId, status: "ACTIVE" },
    data: { vogSeenOn: seenOn, vogSeenById: adminId },
  });
  return result.count === 1;
}
