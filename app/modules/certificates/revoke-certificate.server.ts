import { db } from "~/utils/db.server";

/**
 * Revokes a certificate of this cohort with a reason; it then shows as
 * revoked everywhere (app, PDF link, verification page, badge status).
 * False when there is no valid certificate with this id in this cohort.
 */
export async function revokeCertificate({
  cohortId,
  certificateId,
  revokedById,
  reason,
}: {
  cohortId: string;
  certificateId: string;
  revokedById: string;
  reason: string;
}): Promise<boolean> {
  const result = await db.certificate.updateMany({
    where: { id: certificateId, cohortId, revokedAt: null },
    data: { revokedAt: new Date(), revokedById, revokedReason: reason },
  });
  return result.count === 1;
}
