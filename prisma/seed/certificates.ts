import type { PrismaClient } from "../../app/generated/prisma/client";
import { generateVerificationCode } from "../../app/modules/certificates/code";
import { todayInAmsterdam } from "../../app/utils/dates";
import { eveningMinutes } from "../../app/modules/certificates/study-load";
import { readCourseFiles } from "../../app/modules/courses/course-files.server";
import { buildRunModules, requiredStudyMinutes } from "../../app/modules/courses/course-run";
import {
  CoreManifestSchema,
  StoredLessonsSchema,
} from "../../app/modules/courses/course-run-schemas.server";

/**
 * Sven Bakker (trainer at SV Buitenveld) has finished the demo cohort: every
 * lesson of its run (as the app resolves it), both evenings and the evaluation. He holds a valid certificate, and
 * the club admin has confirmed him as a trained volunteer and seen his VOG.
 * Skips when the demo cohort or people are missing, or when it already ran.
 */
export async function seedCertificates(db: PrismaClient, _ctx?: unknown): Promise<void> {
  const cohort = await db.cohort.findFirst({
    where: { name: "Sportcoach Enschede najaar 2026" },
    select: { id: true, createdById: true },
  });
  const trainer = await db.user.findUnique({
    where: { email: "trainer@demo.buitendelijnen.nl" },
    select: { id: true, name: true },
  });
  const admin = await db.user.findUnique({
    where: { email: "clubbeheer@demo.buitendelijnen.nl" },
    select: { id: true },
  });
  const club = await db.organisation.findFirst({
    where: { name: "SV Buitenveld" },
    select: { id: true },
  });
  if (!cohort || !trainer || !admin || !club) return;
  if (await db.certificate.count({ where: { cohortId: cohort.id, userId: trainer.id } })) return;

  const pinned = await db.cohort.findUniqueOrThrow({
    where: { id: cohort.id },
    select: {
      coreVersion: { select: { id: true, label: true, manifest: true } },
      modules: {
        select: {
          moduleKey: true,
          position: true,
          required: true,
          localVersionId: true,
          newLessons: true,
        },
      },
    },
  });
  const versions = await db.localModuleVersion.findMany({
    where: {
      id: { in: pinned.modules.flatMap((row) => (row.localVersionId ? [row.localVersionId] : [])) },
    },
    select: {
      id: true,
      moduleId: true,
      number: true,
      title: true,
      goals: true,
      lessons: true,
      module: { select: { region: true } },
    },
  });
  const run = buildRunModules({
    rows: pinned.modules,
    core: {
      ...pinned.coreVersion,
      manifest: CoreManifestSchema.parse(pinned.coreVersion.manifest),
    },
    locals: new Map(
      versions.map((version) => [
        version.id,
        {
          ...version,
          region: version.module.region,
          lessons: StoredLessonsSchema.parse(version.lessons),
        },
      ]),
    ),
    files: readCourseFiles(),
  });
  await db.lessonProgress.createMany({
    data: run.flatMap((module) =>
      module.lessons.map((lesson) => ({
        userId: trainer.id,
        cohortId: cohort.id,
        moduleKey: module.key,
        lessonSlug: lesson.slug,
      })),
    ),
    skipDuplicates: true,
  });
  await db.evaluationReceipt.createMany({
    data: [{ userId: trainer.id, cohortId: cohort.id }],
    skipDuplicates: true,
  });
  const attended = await db.attendance.findMany({
    where: { userId: trainer.id, status: "PRESENT", evening: { cohortId: cohort.id } },
    select: { evening: { select: { startsAt: true, endsAt: true } } },
  });
  const studyMinutes =
    requiredStudyMinutes(run) + attended.reduce((sum, row) => sum + eveningMinutes(row.evening), 0);
  const completedOn = new Date(todayInAmsterdam().getTime() - 3 * 86_400_000);
  await db.certificate.create({
    data: {
      code: generateVerificationCode(),
      userId: trainer.id,
      cohortId: cohort.id,
      nameOnCertificate: trainer.name,
      courseTitle: CoreManifestSchema.parse(pinned.coreVersion.manifest).title,
      studyMinutes,
      completedOn,
      issuedAt: completedOn,
    },
  });

  const vogSeenOn = new Date(Date.UTC(completedOn.getUTCFullYear() - 1, 2, 14));
  await db.orgMembership.updateMany({
    where: { userId: trainer.id, orgId: club.id, status: "ACTIVE" },
    data: {
      volunteerTypes: ["regulier", "getraind"],
      trainedConfirmedAt: new Date(),
      trainedConfirmedById: admin.id,
      vogSeenOn,
      vogSeenById: admin.id,
    },
  });
}
