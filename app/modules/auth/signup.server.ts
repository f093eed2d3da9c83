import type { z } from "zod";
import { db } from "~/utils/db.server";
import { Prisma } from "~/generated/prisma/client";
import { hashPassword } from "./password.server";
import { hitLimit, LIMITS } from "./rate-limit.server";
import type { SignupSchema } from "./schemas.server";
import { createSession } from "./session.server";
import { claimInvitation } from "./invitations.server";

export type SignupResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; cohortId: string | null }
  | { ok: false; reason: "email-taken" | "invitation-invalid" | "cohort-full" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

/** Takes a seat in a cohort inside the sign-up's transaction; false when there is none left. */
export type JoinCohort = (
  tx: Prisma.TransactionClient,
  seat: { cohortId: string; userId: string },
) => Promise<boolean>;

/**
 * Creates an account (open, or through an invitation) and logs the person in.
 * A cohort invitation takes a seat through `joinCohort` (the cohorts domain's),
 * in the same transaction, so a full cohort leaves no account behind.
 */
export async function signup(
  input: z.infer<typeof SignupSchema> & {
    clientIp: string;
    invitationToken?: string;
    joinCohort?: JoinCohort;
  },
): Promise<SignupResult> {
  const limited = await hitLimit(LIMITS.signupPerIp, input.clientIp);
  if (!limited.ok)
    return { ok: false, reason: "rate-limited", retryAfterMinutes: limited.retryAfterMinutes };
  const passwordHash = await hashPassword(input.password);
  try {
    const { userId, cohortId } = await db.$transaction(async (tx) => {
      const invitation = input.invitationToken
        ? await claimInvitation(tx, input.invitationToken)
        : null;
      if (input.invitationToken && !invitation) throw new InvitationInvalid();
      // The organisation of the invitation's bulk-list row counts when the person chose none (its admin confirms).
      const orgId =
        invitation?.orgId ??
        (input.orgId ? await existingOrg(tx, input.orgId) : null) ??
        invitation?.memberOrgId ??
        null;
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          passwordHash,
          domain: input.domain,
          volunteerRole: input.volunteerRole,
          role: invitation?.role ?? "PARTICIPANT",
        },
        select: { id: true },
      });
      if (orgId) {
        // Joining through an organisation's invitation is the organisation's consent.
        await tx.orgMembership.create({
          data: { userId: user.id, orgId, status: invitation?.orgId ? "ACTIVE" : "PENDING" },
        });
      }
      if (
        invitation?.cohortId &&
        !(await input.joinCohort?.(tx, { cohortId: invitation.cohortId, userId: user.id }))
      )
        throw new CohortFull();
      return { userId: user.id, cohortId: invitation?.cohortId ?? null };
    });
    return { ok: true, ...(await createSession(userId)), userId, cohortId };
  } catch (error) {
    if (error instanceof InvitationInvalid) return { ok: false, reason: "invitation-invalid" };
    // The whole transaction rolled back: no account, and the invitation is not used up.
    if (error instanceof CohortFull) return { ok: false, reason: "cohort-full" };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, reason: "email-taken" };
    throw error;
  }
}

class InvitationInvalid extends Error {}
class CohortFull extends Error {}

async function existingOrg(tx: Prisma.TransactionClient, orgId: string): Promise<string | null> {
  const org = await tx.organisation.findUnique({ where: { id: orgId }, select: { id: true } });
  return org?.id ?? null;
}
