import { db } from "~/utils/db.server";
import { checkSafeMdx } from "./mdx-guard";
import type { LocalModuleInput } from "./local-module-form";

/**
 * Stores the editor's content as a new version of the owner's module (a new
 * module when `moduleId` is null) and, with `publish`, makes that version the
 * published one. Returns null when the module is not this owner's.
 * Bodies are checked again here, so no caller can store unchecked MDX.
 */
export async function saveLocalModule({
  ownerId,
  moduleId,
  input,
  publish,
}: {
  ownerId: string;
  moduleId: string | null;
  input: LocalModuleInput;
  publish: boolean;
}): Promise<{ moduleId: string; number: number } | null> {
  if (input.lessons.some((lesson) => !checkSafeMdx(lesson.body).ok))
    throw new Error("Refusing to store MDX that did not pass the guard");
  return db.$transaction(async (tx) => {
    let id = moduleId;
    if (id === null) {
      const membership = await tx.orgMembership.findFirst({
        where: { userId: ownerId, status: "ACTIVE" },
        select: { orgId: true },
        orderBy: { createdAt: "asc" },
      });
      id = (
        await tx.localModule.create({
          data: { ownerId, orgId: membership?.orgId ?? null, region: input.region },
          select: { id: true },
        })
      ).id;
    } else {
      const owned = await tx.localModule.updateMany({
        where: { id, ownerId },
        data: { region: input.region },
      });
      if (owned.count === 0) return null;
    }
    const last = await tx.localModuleVersion.aggregate({
      where: { moduleId: id },
      _max: { number: true },
    });
    const number = (last._max.number ?? 0) + 1;
    const version = await tx.localModuleVersion.create({
      data: {
        moduleId: id,
        number,
        title: input.title,
        goals: input.goals,
        lessons: input.lessons,
        createdById: ownerId,
        publishedAt: publish ? new Date() : null,
      },
      select: { id: true },
    });
    if (publish)
      await tx.localModule.update({
        where: { id },
        data: { status: "PUBLISHED", publishedVersionId: version.id },
      });
    return { moduleId: id, number };
  });
}

/** Copies another facilitator's published module into a new draft of `userId`'s own. */
export async function copyLocalModule({
  moduleId,
  userId,
}: {
  moduleId: string;
  userId: string;
}): Promise<string | null> {
  const source = await db.localModule.findFirst({
    where: { id: moduleId, status: "PUBLISHED" },
    select: {
      region: true,
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { number: "desc" },
        take: 1,
        select: { title: true, goals: true, lessons: true },
      },
    },
  });
  const version = source?.versions[0];
  if (!source || !version) return null;
  const membership = await db.orgMembership.findFirst({
    where: { userId, status: "ACTIVE" },
    select: { orgId: true },
    orderBy: { createdAt: "asc" },
  });
  const copy = await db.localModule.create({
    data: {
      ownerId: userId,
      orgId: membership?.orgId ?? null,
      region: source.region,
      copiedFromId: moduleId,
      versions: {
        create: {
          number: 1,
          title: version.title,
          goals: version.goals,
          lessons: version.lessons ?? [],
          createdById: userId,
        },
      },
    },
    select: { id: true },
  });
  return copy.id;
}
