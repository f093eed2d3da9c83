import { getCompletion } from "~/modules/cohorts/completion.server";
import { db } from "~/utils/db.server";

type ParticipantCertificateStatus = "valid" | "revoked" | "complete" | "busy";

/** The cohort's current participants with their certificate (if any) and whether they have completed; for staff. */
export async function listCohortCertificates({ cohortId }: { cohortId: string }) {
  const [participants, certificates] = await Promise.all([
    db.cohortMember.findMany({
      where: { cohortId, role: "PARTICIPANT", removedAt: null },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
    db.certificate.findMany({
      where: { cohortId },
      select: {
        id: true,
        userId: true,
        issuedAt: true,
        manualReason: true,
        revokedAt: true,
        revokedReason: true,
      },
    }),
  ]);
  const byUser = new Map(certificates.map((certificate) => [certificate.userId, certificate]));
  return Promise.all(
    participants.map(async ({ user }) => {
      const certificate = byUser.get(user.id) ?? null;
      let status: ParticipantCertificateStatus;
      if (certificate) status = certificate.revokedAt ? "revoked" : "valid";
      else
        status = (await getCompletion({ cohortId, userId: user.id }))?.complete
          ? "complete"
          : "busy";
      return { userId: user.id, name: user.name, status, certificate };
    }),
  );
}
