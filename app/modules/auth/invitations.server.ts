import type { Domain, Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { createHmac, randomUUID } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { derivedSecret } from "~/utils/signing-key.server";
import { randomToken, sha256Hex } from "./tokens.server";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new invitation link; only the token's hash is stored. */
export async function createInvitation(input: {
  createdById: string;
  email?: string;
  orgId?: string;
  cohortId?: string;
  role?: "PARTICIPANT" | "FACILITATOR";
  validDays?: number;
  maxUses?: number;
  /** From a bulk list: the invitee's sector and organisation, applied when they accept. */
  domain?: Domain;
  memberOrgId?: string;
}): Promise<{ id: string; token: string }> {
  // A shared link is derived from its id, so its page can show it again until it
  // expires; a personal (mail) link is random and shown to nobody but its addressee.
  const id = randomUUID();
  const token = input.email ? randomToken(20) : sharedLinkToken(id);
  const invitation = await db.invitation.create({
    data: {
      id,
      tokenHash: sha256Hex(token),
      createdById: input.createdById,
      email: input.email,
      orgId: input.orgId,
      cohortId: input.cohortId,
      domain: input.domain,
      memberOrgId: input.memberOrgId,
      role: input.role ?? "PARTICIPANT",
      maxUses: input.maxUses,
      expiresAt: new Date(Date.now() + (input.validDays ?? 14) * DAY_MS),
    },
    select: { id: true },
  });
  return { id: invitation.id, token };
}

/** The token of a shared invitation link, derived from its id with a server secret (20 bytes, like a random one). */
function sharedLinkToken(id: string): string {
  return encodeBase32LowerCaseNoPadding(
    createHmac("sha256", derivedSecret("invitation-link")).update(id).digest().subarray(0, 20),
  );
}

/** The token of a shared link, to show it again; null for links made otherwise (mail links, links from before a key rotation). */
export function showableToken({
  id,
  email,
  tokenHash,
}: {
  id: string;
  email: string | null;
  tokenHash: string;
}): string | null {
  if (email) return null;
  const token = sharedLinkToken(id);
  return sha256Hex(token) === tokenHash ? token : null;
}

export type InvitationView =
  | {
      state: "valid";
      orgName: string | null;
      cohortId: string | null;
      cohortName: string | null;
      suggested: { domain: Domain | null; orgId: string | null };
    }
  | { state: "expired" | "revoked" | "used" | "unknown" | "full" | "archived" };

/** What a visitor of the link may know about it: whether it still works, and for which organisation. */
export async function describeInvitation(token: string): Promise<InvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      expiresAt: true,
      revokedAt: true,
      maxUses: true,
      uses: true,
      org: { select: { name: true } },
      domain: true,
      memberOrgId: true,
      cohort: {
        select: {
          id: true,
          name: true,
          capacity: true,
          archivedAt: true,
          _count: { select: { members: { where: { role: "PARTICIPANT", removedAt: null } } } },
        },
      },
    },
  });
  if (!invitation) return { state: "unknown" };
  if (invitation.revokedAt) return { state: "revoked" };
  if (invitation.expiresAt.getTime() <= Date.now()) return { state: "expired" };
  if (invitation.maxUses !== null && invitation.uses >= invitation.maxUses)
    return { state: "used" };
  const cohort = invitation.cohort;
  // An archived cohort is read-only: nobody joins it any more.
  if (cohort?.archivedAt) return { state: "archived" };
  if (cohort && cohort.capacity !== null && cohort._count.members >= cohort.capacity)
    return { state: "full" };
  return {
    state: "valid",
    orgName: invitation.org?.name ?? null,
    cohortId: cohort?.id ?? null,
    cohortName: cohort?.name ?? null,
    suggested: { domain: invitation.domain, orgId: invitation.memberOrgId },
  };
}

/** Uses the invitation once, atomically; null when it is no longer valid. */
export async function claimInvitation(tx: Prisma.TransactionClient, token: string) {
  const tokenHash = sha256Hex(token);
  const claimed = await tx.$executeRaw`
    UPDATE "Invitation" SET "uses" = "uses" + 1
    WHERE "tokenHash" = ${tokenHash} AND "revokedAt" IS NULL AND "expiresAt" > now()
      AND ("maxUses" IS NULL OR "uses" < "maxUses")
      AND NOT EXISTS (SELECT 1 FROM "Cohort" c WHERE c."id" = "Invitation"."cohortId" AND c."archivedAt" IS NOT NULL)`;
  if (claimed !== 1) return null;
  return tx.invitation.findUnique({
    where: { tokenHash },
    select: { id: true, orgId: true, cohortId: true, role: true, domain: true, memberOrgId: true },
  });
}
