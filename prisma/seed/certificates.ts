import type { PrismaClient } from "../../app/generated/prisma/client";
import { generateVerificationCode } from "../../app/modules/certificates/code";
import { todayInAmsterdam } from "../../app/modules/certificates/dates";
import { eveningMinutes } from "../../app/modules/certificates/study-load";
import { factories } from "../../tests/factories";

/**
 * Sven Bakker (trainer at SV Buitenveld) has finished the demo cohort: every
 * module, both evenings and the evaluation. He holds a valid certificate, and
 * the club admin has confirmed him as a trained volunteer and seen his VOG.
 * Skips when the demo cohort or people are missing, or when it already ran.
 */
export async function seedCertificates(db: PrismaClient, _ctx?: unknown): Promise<void> {
  const cohort = await db.cohort.findFirst({ where: { name: "Sportcoach Enschede najaar 2026" }, select: { id: true, createdById: true } });
  const trainer = await db.user.findUnique({ where: { email: "trainer@demo.buitendelijnen.nl" }, select: { id: true, name: true } });
  const admin = await db.user.findUnique({ where: { email: "clubbeheer@demo.buitendelijnen.nl" }, select: { id: true } });
  const club = await db.organisation.findFirst({ where: { name: "SV Buitenveld" }, select: { id: true } });
  if (!cohort || !trainer || !admin || !club) return;
  if (await db.certificate.count({ where: { cohortId: cohort.id, userId: trainer.id } })) return;

  const { files } = await factories(db).coreVersion();
  await db.lessonProgress.createMany({
    data: files.core.flatMap((module) => module.lessons.map((lesson) => ({ userId: trainer.id, cohortId: cohort.id, moduleKey: module.key, lessonSlug: lesson.slug }))),
    skipDuplicates: true,
  });
  await db.evaluationReceipt.createMany({ data: [{ userId: trainer.id, cohortId: cohort.id }], skipDuplicates: true });
  const attended = await db.attendance.findMany({ where: { userId: trainer.id, status: "PRESENT", evening: { cohortId: cohort.id } }, select: { evening: { select: { startsAt: true, endsAt: true } } } });
  // As computeStudyMinutes does: the core and the cohort's required shipped local modules (minutes by the rule of decision 019), plus the evenings.
  const requiredLocal = await db.cohortModule.findMany({ where: { cohortId: cohort.id, required: true, moduleKey: { in: files.local.map((module) => module.key) } }, select: { moduleKey: true } });
  const modules = [...files.core, ...files.local.filter((module) => requiredLocal.some((row) => row.moduleKey === module.key))];
  const studyMinutes = modules.reduce((sum, module) => sum + module.minutes, 0) + attended.reduce((sum, row) => sum + eveningMinutes(row.evening), 0);
  const completedOn = new Date(todayInAmsterdam().getTime() - 3 * 86_400_000);
  await db.certificate.create({
    data: { code: generateVerificationCode(), userId: trainer.id, cohortId: cohort.id, nameOnCertificate: trainer.name, courseTitle: files.title, studyMinutes, completedOn, issuedAt: completedOn },
  });

  const vogSeenOn = new Date(Date.UTC(completedOn.getUTCFullYear() - 1, 2, 14));
  await db.orgMembership.updateMany({
    where: { userId: trainer.id, orgId: club.id, status: "ACTIVE" },
    data: { volunteerTypes: ["regulier", "getraind"], trainedConfirmedAt: new Date(), trainedConfirmedById: admin.id, vogSeenOn, vogSeenById: admin.id },
  });
}
