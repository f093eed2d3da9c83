import { db } from "~/utils/db.server";
import { StoredLessonsSchema } from "./course-run-schemas.server";

const latestVersion = {
  orderBy: { number: "desc" as const },
  take: 1,
  select: {
    number: true,
    title: true,
    goals: true,
    lessons: true,
    publishedAt: true,
    createdAt: true,
  },
};

/** The viewer's own modules and the shared catalogue of other facilitators' published modules. */
export async function listLocalModules({ userId }: { userId: string }) {
  const [mine, shared] = await Promise.all([
    db.localModule.findMany({
      where: { ownerId: userId },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        region: true,
        status: true,
        versions: { ...latestVersion, select: { number: true, title: true, publishedAt: true } },
      },
    }),
    db.localModule.findMany({
      where: { ownerId: { not: userId }, status: "PUBLISHED" },
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        region: true,
        owner: { select: { name: true } },
        org: { select: { name: true } },
        versions: {
          where: { publishedAt: { not: null } },
          orderBy: { number: "desc" },
          take: 1,
          select: { title: true, goals: true },
        },
      },
    }),
  ]);
  return {
    mine: mine.map((module) => ({
      id: module.id,
      region: module.region,
      status: module.status,
      title: module.versions[0]?.title ?? "",
      version: module.versions[0]?.number ?? 0,
      latestIsPublished: Boolean(module.versions[0]?.publishedAt),
    })),
    shared: shared.map((module) => ({
      id: module.id,
      region: module.region,
      author: module.owner?.name ?? module.org?.name ?? "Buiten de Lijnen",
      org: module.org?.name ?? null,
      title: module.versions[0]?.title ?? "",
      goals: module.versions[0]?.goals ?? [],
    })),
  };
}

/** The latest version of a module, only for its owner (null for anyone else). */
export async function getModuleForOwner({
  moduleId,
  ownerId,
}: {
  moduleId: string;
  ownerId: string;
}) {
  const module = await db.localModule.findFirst({
    where: { id: moduleId, ownerId },
    select: { id: true, region: true, status: true, versions: latestVersion },
  });
  const version = module?.versions[0];
  if (!module || !version) return null;
  return {
    id: module.id,
    region: module.region,
    status: module.status,
    number: version.number,
    title: version.title,
    goals: version.goals,
    lessons: StoredLessonsSchema.parse(version.lessons),
    latestIsPublished: Boolean(version.publishedAt),
  };
}

/** A module as a reader sees it: the owner sees the latest version, others only the published one. */
export async function getReadableModule({
  moduleId,
  viewerId,
}: {
  moduleId: string;
  viewerId: string;
}) {
  const module = await db.localModule.findFirst({
    where: { id: moduleId, OR: [{ ownerId: viewerId }, { status: "PUBLISHED" }] },
    select: {
      id: true,
      ownerId: true,
      region: true,
      status: true,
      owner: { select: { name: true } },
      org: { select: { name: true } },
      versions: {
        orderBy: { number: "desc" },
        select: { number: true, title: true, goals: true, lessons: true, publishedAt: true },
      },
    },
  });
  if (!module) return null;
  const isOwner = module.ownerId === viewerId;
  const version = isOwner ? module.versions[0] : module.versions.find((v) => v.publishedAt);
  if (!version) return null;
  return {
    id: module.id,
    isOwner,
    region: module.region,
    status: module.status,
    // A module whose writer left belongs to its organisation, or to the platform.
    author: module.owner?.name ?? module.org?.name ?? "Buiten de Lijnen",
    title: version.title,
    goals: version.goals,
    lessons: StoredLessonsSchema.parse(version.lessons),
    history: isOwner
      ? module.versions.map((v) => ({
          number: v.number,
          title: v.title,
          published: Boolean(v.publishedAt),
        }))
      : [],
  };
}
