import { db } from "~/utils/db.server";
import { defaultCourseRun, ensureCurrentCoreVersion } from "~/modules/courses/core-version.server";

export type NewCohort = {
  createdById: string;
  name: string;
  place: string;
  startsOn: string;
  endsOn: string;
  capacity?: number;
  minEvenings: number;
  requireEvaluation: boolean;
  orgIds: string[];
  coFacilitators: string[];
  localModuleKeys: string[];
};

/** The organisations and shipped local modules a facilitator can choose from. */
export async function newCohortOptions() {
  const [organisations, version] = await Promise.all([
    db.organisation.findMany({
      select: { id: true, name: true, type: true, town: true },
      orderBy: { name: "asc" },
    }),
    ensureCurrentCoreVersion(),
  ]);
  return {
    organisations,
    localModules: version.manifest.local.map((module) => ({
      key: module.key,
      title: module.title,
      region: module.region ?? null,
    })),
  };
}

/**
 * Creates a cohort on the current core version with every core module
 * required (plus the chosen local modules), its organisers and its
 * facilitators, in one transaction.
 */
export async function createCohort(
  input: NewCohort,
): Promise<{ ok: true; cohortId: string } | { ok: false; errors: Record<string, string> }> {
  const coFacilitators = input.coFacilitators.length
    ? await db.user.findMany({
        where: {
          email: { in: input.coFacilitators },
          role: { in: ["FACILITATOR", "ADMIN"] },
          id: { not: input.createdById },
        },
        select: { id: true, email: true },
      })
    : [];
  const wanted = new Set(input.coFacilitators);
  if (coFacilitators.length !== wanted.size)
    return { ok: false, errors: { coFacilitators: "cohorts.errors.coFacilitatorUnknown" } };
  const version = await ensureCurrentCoreVersion();
  const run = defaultCourseRun(version.manifest);
  const local = version.manifest.local.filter((module) =>
    input.localModuleKeys.includes(module.key),
  );
  const orgs = input.orgIds.length
    ? await db.organisation.findMany({ where: { id: { in: input.orgIds } }, select: { id: true } })
    : [];
  const cohort = await db.cohort.create({
    data: {
      name: input.name,
      place: input.place,
      startsOn: new Date(`${input.startsOn}T00:00:00Z`),
      endsOn: new Date(`${input.endsOn}T00:00:00Z`),
      capacity: input.capacity ?? null,
      minEvenings: input.minEvenings,
      requireEvaluation: input.requireEvaluation,
      // New groups start with "two worlds, one task" on (decision 017); groups from before keep their rules.
      crossSectorCase: true,
      tandemRequired: true,
      coreVersionId: version.id,
      createdById: input.createdById,
      members: {
        create: [
          { userId: input.createdById, role: "FACILITATOR" },
          ...coFacilitators.map((user) => ({ userId: user.id, role: "CO_FACILITATOR" as const })),
        ],
      },
      modules: {
        create: [
          ...run,
          ...local.map((module, index) => ({
            moduleKey: module.key,
            position: run.length + index + 1,
            required: true,
          })),
        ],
      },
      organisations: { create: orgs.map((org) => ({ orgId: org.id })) },
    },
    select: { id: true },
  });
  return { ok: true, cohortId: cohort.id };
}
