import { db } from "~/utils/db.server";
import { buildReport, type GroupStats } from "./aggregate";
import { differencingRefusal, releasedCounts } from "./disclosure";
import { coreItems } from "./questionnaire";
import { loadReleasesForComparison } from "./report.server";
import type { FormItem } from "./types";

/** Other cohorts this person runs (any cohort for a platform admin), to compare with. */
export function listComparableCohorts({
  userId,
  isPlatformAdmin,
  exceptCohortId,
}: {
  userId: string;
  isPlatformAdmin: boolean;
  exceptCohortId: string;
}) {
  return db.cohort.findMany({
    where: {
      id: { not: exceptCohortId },
      ...(isPlatformAdmin
        ? {}
        : {
            members: {
              some: { userId, removedAt: null, role: { in: ["FACILITATOR", "CO_FACILITATOR"] } },
            },
          }),
    },
    select: { id: true, name: true, place: true },
    orderBy: { startsOn: "desc" },
  });
}

export type Side = { answered: number; value: number } | null;
type ComparisonRow = { item: FormItem; kind: "mean" | "yesShare"; a: Side; b: Side };
export type Comparison = { refused: false; rows: ComparisonRow[] } | { refused: true };

function side(group: GroupStats | undefined): Side {
  const stats = group?.stats;
  if (!stats || group.tooFew) return null;
  if (stats.kind === "scale") return { answered: stats.answered, value: stats.mean };
  if (stats.kind === "counts")
    return {
      answered: stats.answered,
      value: stats.counts.find((count) => count.option === "ja")?.share ?? 0,
    };
  return null;
}

/**
 * Scale and yes/no items of the core questionnaire side by side: this cohort
 * against another cohort (`otherCohortId`, which the caller has checked) or
 * against all cohorts together (`null`). A side with fewer than 5 answers is
 * null; "all cohorts" counts only cohorts that show figures themselves, and
 * is refused if it differs from the cohorts this person can open by 1 to 4
 * answers (decision 008).
 */
export async function compareCohorts({
  cohortId,
  otherCohortId,
  ownCohortIds,
}: {
  cohortId: string;
  otherCohortId: string | null;
  ownCohortIds: string[];
}): Promise<Comparison> {
  const items = coreItems().filter((item) => item.type === "scale10" || item.type === "yesno");
  const [mine, theirs] = await Promise.all([
    loadReleasesForComparison({ cohortId, items }),
    loadReleasesForComparison({ cohortId: otherCohortId, items }),
  ]);
  if (otherCohortId === null) {
    // Everything this person can open besides "all cohorts": each of their own cohorts, and all of them together.
    const own = await Promise.all(
      ownCohortIds.map((id) => loadReleasesForComparison({ cohortId: id, items })),
    );
    const requested = releasedCounts(theirs, items);
    if (
      differencingRefusal(requested, [
        ...own.map((cohorts) => releasedCounts(cohorts, items)),
        releasedCounts(own.flat(), items),
      ]).length > 0
    )
      return { refused: true };
  }
  const a = buildReport(mine, items);
  const b = buildReport(theirs, items);
  return {
    refused: false,
    rows: items.map((item, index) => ({
      item,
      kind: item.type === "scale10" ? "mean" : "yesShare",
      a: side(a.items[index].groups[0]),
      b: side(b.items[index].groups[0]),
    })),
  };
}
