import type { PrismaClient } from "../../app/generated/prisma/client";
import { hashPassword } from "../../app/modules/auth/password.server";
import {
  lessonSources,
  readCourseFiles,
  toManifest,
} from "../../app/modules/courses/course-files.server";

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";
type Role = "PARTICIPANT" | "FACILITATOR" | "ADMIN";

let counter = 0;
const unique = () =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const DEFAULT_PASSWORD = "sportcoach-demo";

/** Data factories shared by tests and the demo seed. */
export function factories(db: PrismaClient) {
  return {
    async user(
      input: {
        email?: string;
        name?: string;
        password?: string;
        domain?: Domain;
        role?: Role;
        volunteerRole?: string;
      } = {},
    ) {
      const email = input.email ?? `persoon-${unique()}@voorbeeld.nl`;
      const user = await db.user.create({
        data: {
          email,
          name: input.name ?? "Sam de Vries",
          passwordHash: await hashPassword(input.password ?? DEFAULT_PASSWORD),
          domain: input.domain ?? "SPORT",
          role: input.role ?? "PARTICIPANT",
          volunteerRole: input.volunteerRole ?? "trainer",
        },
      });
      return { ...user, password: input.password ?? DEFAULT_PASSWORD };
    },
    organisation(
      input: {
        name?: string;
        type?: "SPORTVERENIGING" | "WELZIJNSORGANISATIE" | "ZORGORGANISATIE" | "OVERIG";
        town?: string;
      } = {},
    ) {
      return db.organisation.create({
        data: {
          name: input.name ?? `SV Voorbeeld ${unique()}`,
          type: input.type ?? "SPORTVERENIGING",
          town: input.town ?? "Enschede",
        },
      });
    },
    membership(input: {
      userId: string;
      orgId: string;
      role?: "MEMBER" | "ADMIN";
      status?: "PENDING" | "ACTIVE";
    }) {
      return db.orgMembership.create({
        data: {
          userId: input.userId,
          orgId: input.orgId,
          role: input.role ?? "MEMBER",
          status: input.status ?? "ACTIVE",
        },
      });
    },
    /** The current core version from courses/, registered in this database. */
    async coreVersion() {
      const files = readCourseFiles();
      const manifest = toManifest(files);
      await db.lessonSource.createMany({ data: lessonSources(files), skipDuplicates: true });
      await db.coreVersion.upsert({
        where: { id: files.versionId },
        create: { id: files.versionId, label: files.label, manifest },
        update: {},
      });
      return { id: files.versionId, files };
    },
    /** A cohort on the current core with every core module required, a facilitator and participants. */
    async cohort(input: {
      facilitatorId: string;
      participantIds?: string[];
      name?: string;
      place?: string;
      orgIds?: string[];
      minEvenings?: number;
    }) {
      const version = await this.coreVersion();
      return db.cohort.create({
        data: {
          name: input.name ?? `Groep ${unique()}`,
          place: input.place ?? "Enschede",
          startsOn: new Date("2026-09-01"),
          endsOn: new Date("2026-12-15"),
          coreVersionId: version.id,
          createdById: input.facilitatorId,
          minEvenings: input.minEvenings ?? 0,
          members: {
            create: [
              { userId: input.facilitatorId, role: "FACILITATOR" },
              ...(input.participantIds ?? []).map((userId) => ({
                userId,
                role: "PARTICIPANT" as const,
              })),
            ],
          },
          modules: {
            create: version.files.core.map((module, index) => ({
              moduleKey: module.key,
              position: index + 1,
            })),
          },
          organisations: { create: (input.orgIds ?? []).map((orgId) => ({ orgId })) },
        },
      });
    },
    /** Everything a participant needs to complete a cohort: all lessons of its modules done, one attended 2-hour evening, the evaluation receipt. */
    async courseCompletion(input: { cohortId: string; userId: string; recordedById: string }) {
      const cohort = await db.cohort.findUniqueOrThrow({
        where: { id: input.cohortId },
        select: {
          coreVersion: { select: { manifest: true } },
          modules: { select: { moduleKey: true } },
        },
      });
      const manifest = cohort.coreVersion.manifest as {
        core: { key: string; lessons: { slug: string }[] }[];
        local: { key: string; lessons: { slug: string }[] }[];
      };
      const byKey = new Map(
        [...manifest.core, ...manifest.local].map((module) => [module.key, module]),
      );
      const rows = cohort.modules.flatMap(({ moduleKey }) =>
        (byKey.get(moduleKey)?.lessons ?? []).map((lesson) => ({
          userId: input.userId,
          cohortId: input.cohortId,
          moduleKey,
          lessonSlug: lesson.slug,
        })),
      );
      await db.lessonProgress.createMany({ data: rows, skipDuplicates: true });
      const evening = await db.evening.create({
        data: {
          cohortId: input.cohortId,
          startsAt: new Date("2026-10-01T17:30:00Z"),
          endsAt: new Date("2026-10-01T19:30:00Z"),
          place: "Clubhuis",
          topic: "Kennismaken",
        },
      });
      await db.attendance.create({
        data: {
          eveningId: evening.id,
          userId: input.userId,
          status: "PRESENT",
          recordedById: input.recordedById,
        },
      });
      await db.evaluationReceipt.createMany({
        data: [{ userId: input.userId, cohortId: input.cohortId }],
        skipDuplicates: true,
      });
    },
  };
}

export type Factories = ReturnType<typeof factories>;
