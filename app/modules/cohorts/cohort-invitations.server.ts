import { db } from "~/utils/db.server";
import {
  claimInvitation,
  createInvitation,
  describeInvitation,
  showableToken,
} from "~/modules/auth/invitations.server";
import { sendMail } from "~/modules/mail/send-mail.server";
import { CohortFull, takeSeat } from "./take-seat.server";

/** A shareable link (or a one-person mail link) that lets people join this cohort. */
export async function createCohortInvitation(input: {
  cohortId: string;
  createdById: string;
  validDays: number;
  maxUses?: number;
  email?: string;
}) {
  return createInvitation({
    createdById: input.createdById,
    cohortId: input.cohortId,
    validDays: input.validDays,
    maxUses: input.maxUses,
    email: input.email,
  });
}

/** Mails a personal invitation link (usable once). */
export async function inviteByEmail(input: {
  cohortId: string;
  createdById: string;
  email: string;
  origin: string;
  subject: string;
  text: (link: string) => string;
}) {
  const { token } = await createCohortInvitation({
    cohortId: input.cohortId,
    createdById: input.createdById,
    validDays: 14,
    maxUses: 1,
    email: input.email,
  });
  const link = `${input.origin}/uitnodiging/${token}`;
  await sendMail({ to: input.email, subject: input.subject, text: input.text(link) });
  return { link };
}

type InvitationState = "valid" | "expired" | "revoked" | "used";

/** The cohort's invitations, newest first, with their state. */
export async function listCohortInvitations({ cohortId }: { cohortId: string }) {
  const rows = await db.invitation.findMany({
    where: { cohortId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      email: true,
      tokenHash: true,
      expiresAt: true,
      revokedAt: true,
      maxUses: true,
      uses: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  const now = Date.now();
  return rows.map(({ tokenHash, ...row }) => {
    const state: InvitationState = row.revokedAt
      ? "revoked"
      : row.expiresAt.getTime() <= now
        ? "expired"
        : row.maxUses !== null && row.uses >= row.maxUses
          ? "used"
          : "valid";
    return {
      ...row,
      createdBy: row.createdBy.name,
      state,
      token: state === "valid" ? showableToken({ id: row.id, email: row.email, tokenHash }) : null,
    };
  });
}

export async function revokeCohortInvitation({
  cohortId,
  invitationId,
}: {
  cohortId: string;
  invitationId: string;
}) {
  const result = await db.invitation.updateMany({
    where: { id: invitationId, cohortId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return result.count === 1;
}

export type JoinResult =
  | { ok: true; cohortId: string }
  | { ok: false; reason: "invalid" | "removed" | "full" | "archived" };

/**
 * An existing account joins the cohort of an invitation. Someone who is
 * already in does not use up the link; someone the facilitator removed
 * cannot come back through a shared link.
 */
export async function joinCohortByInvitation({
  token,
  userId,
}: {
  token: string;
  userId: string;
}): Promise<JoinResult> {
  const view = await describeInvitation(token);
  if (view.state === "archived") return { ok: false, reason: "archived" };
  if (view.state !== "valid" || !view.cohortId) return { ok: false, reason: "invalid" };
  const cohortId = view.cohortId;
  const existing = await db.cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { removedAt: true },
  });
  if (existing)
    return existing.removedAt ? { ok: false, reason: "removed" } : { ok: true, cohortId };
  return db
    .$transaction(async (tx): Promise<JoinResult> => {
      const invitation = await claimInvitation(tx, token);
      if (!invitation?.cohortId) return { ok: false, reason: "invalid" };
      await takeSeat(tx, { cohortId: invitation.cohortId, userId });
      // The sector and organisation of a bulk-list row: the sector if the person has none, and a membership request (the organisation's admin confirms).
      if (invitation.domain)
        await tx.user.updateMany({
          where: { id: userId, domain: null },
          data: { domain: invitation.domain },
        });
      if (invitation.memberOrgId)
        await tx.orgMembership.upsert({
          where: { userId_orgId: { userId, orgId: invitation.memberOrgId } },
          create: { userId, orgId: invitation.memberOrgId },
          update: {},
        });
      return { ok: true, cohortId: invitation.cohortId };
    })
    .catch((error) => {
      if (error instanceof CohortFull) return { ok: false, reason: "full" } as const;
      throw error;
    });
}
