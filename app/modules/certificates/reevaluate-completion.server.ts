import { getCompletion } from "~/modules/cohorts/completion.server";
import { db } from "~/utils/db.server";
import { issueCertificateQuietly } from "./issue-certificate.server";

/** Issues every certificate that is now due; counts valid certificates whose holder no longer meets the rules (never revoked silently). */
export async function reevaluateCompletion({
  cohortId,
  origin,
}: {
  cohortId: string;
  origin?: string;
}) {
  const participants = await db.cohortMember.findMany({
    where: { cohortId, role: "PARTICIPANT", removedAt: null },
    select: { userId: true },
  });
  let issued = 0;
  let noLongerMeeting = 0;
  for (const { userId } of participants) {
    const completion = await getCompletion({ cohortId, userId });
    if (!completion) continue;
    if (completion.hasCertificate) {
      const valid = await db.certificate.count({ where: { cohortId, userId, revokedAt: null } });
      if (valid && !completion.complete) noLongerMeeting += 1;
      continue;
    }
    if (completion.complete) {
      await issueCertificateQuietly({ cohortId, userId, origin });
      if (await db.certificate.count({ where: { cohortId, userId } })) issued += 1;
    }
  }
  return { issued, noLongerMeeting };
}
