import { Prisma, type Certificate } from "~/generated/prisma/client";
import { getCompletion } from "~/modules/cohorts/completion.server";
import { NOTIFY_RECIPIENT, sendNotification } from "~/modules/notify/send-notification.server";
import { db } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { generateVerificationCode } from "./code";
import { todayInAmsterdam } from "~/utils/dates";
import { computeStudyMinutes } from "./study-load.server";

export type IssueResult =
  | { status: "issued" | "exists"; certificate: Certificate }
  | { status: "incomplete" | "not-participant" };

/**
 * Issues the certificate when this participant meets the cohort's completion
 * rules, once: the database's unique (user, cohort) refuses a second one, so
 * two requests at the same moment end with one certificate. Tells the
 * participant by mail. Safe to call after anything that may complete a course.
 */
export async function issueCertificateIfComplete({
  cohortId,
  userId,
  origin,
}: {
  cohortId: string;
  userId: string;
  origin?: string;
}): Promise<IssueResult> {
  // One query answers "already issued?", "a participant?" and "complete?".
  const completion = await getCompletion({ cohortId, userId });
  if (completion?.hasCertificate) {
    const existing = await db.certificate.findUnique({
      where: { userId_cohortId: { userId, cohortId } },
    });
    if (existing) return { status: "exists", certificate: existing };
  }
  if (!completion?.isParticipant) return { status: "not-participant" };
  if (!completion.complete) return { status: "incomplete" };
  return createOnce({ cohortId, userId, origin });
}

/**
 * issueCertificateIfComplete for other domains' actions (lesson done,
 * attendance saved, evaluation submitted): a failure here is logged and
 * never breaks the action that called it; the participant can still ask
 * for the certificate on its page.
 */
export async function issueCertificateQuietly(input: {
  cohortId: string;
  userId: string;
  origin?: string;
}): Promise<void> {
  try {
    await issueCertificateIfComplete(input);
  } catch (error) {
    console.error("certificate: issuing after a completion change failed", error);
  }
}

/**
 * A facilitator issues a certificate although the rules are not (all) met,
 * for example after an evening missed for a good reason. The reason is kept.
 */
export async function issueCertificateByHand({
  cohortId,
  userId,
  issuedById,
  reason,
  origin,
}: {
  cohortId: string;
  userId: string;
  issuedById: string;
  reason: string;
  origin?: string;
}): Promise<IssueResult> {
  if (!(await isParticipant({ cohortId, userId }))) return { status: "not-participant" };
  return createOnce({ cohortId, userId, origin, manual: { reason, issuedById } });
}

async function isParticipant({ cohortId, userId }: { cohortId: string; userId: string }) {
  return (
    (await db.cohortMember.count({
      where: { cohortId, userId, role: "PARTICIPANT", removedAt: null },
    })) > 0
  );
}

async function createOnce({
  cohortId,
  userId,
  origin,
  manual,
}: {
  cohortId: string;
  userId: string;
  origin?: string;
  manual?: { reason: string; issuedById: string };
}): Promise<IssueResult> {
  const [user, study] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: NOTIFY_RECIPIENT }),
    computeStudyMinutes({ cohortId, userId }),
  ]);
  const { studyMinutes, cohortName } = study;
  const courseTitle = study.courseTitle || "Sportcoach in de samenleving";
  let certificate: Certificate;
  try {
    certificate = await db.certificate.create({
      data: {
        code: generateVerificationCode(),
        userId,
        cohortId,
        nameOnCertificate: user.name,
        courseTitle,
        studyMinutes,
        completedOn: todayInAmsterdam(),
        manualReason: manual?.reason ?? null,
        issuedById: manual?.issuedById ?? null,
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.certificate.findUnique({
        where: { userId_cohortId: { userId, cohortId } },
      });
      if (winner) return { status: "exists", certificate: winner };
    }
    throw error;
  }
  const base =
    origin ?? (env().APP_URL ? new URL(env().APP_URL!).origin : `http://localhost:${env().PORT}`);
  await sendNotification(user, "course", (t) => ({
    subject: t("certificates.mail.subject", { course: courseTitle }),
    text: t("certificates.mail.text", {
      name: user.name,
      cohort: cohortName,
      link: `${base}/groepen/${cohortId}/certificaat`,
    }),
  }));
  return { status: "issued", certificate };
}
