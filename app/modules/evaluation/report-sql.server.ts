import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { reportFromTallies, type GroupKey, type Report, type Tally } from "./aggregate";
import type { FormItem } from "./types";

/**
 * Reports over many responses, counted in PostgreSQL (issue 20): the
 * database sends a few hundred counts instead of every answer, whatever the
 * number of responses. The figures and the rules of what may be shown are
 * those of aggregate.ts (reportFromTallies); only the counting moved.
 * Anonymous responses only: nothing here touches receipts.
 */

/** Free text listed on the page per item; the export has all of it. */
export const TEXT_SAMPLE = 200;

// The sector split of types.ts (sectorGroupOf), in SQL.
const GROUP_SQL = Prisma.sql`CASE WHEN s."sector" = 'sport' THEN 'sport' WHEN s."sector" IN ('zorg', 'welzijn') THEN 'zorg-welzijn' ELSE 'anders' END`;

type CountRow = { itemId: string | null; grp: string; number: number | null; answers: number; withChoice: number; withText: number };
type OptionRow = { itemId: string; grp: string; option: string; count: number };
type TextRow = { itemId: string; text: string; total: number };

/** The report of the responses that `where` (an SQL condition on the response `s`) selects, and how many cohorts they come from. */
export async function reportInSql({ where, items }: { where: Prisma.Sql; items: FormItem[] }): Promise<{ report: Report; cohorts: number }> {
  const textItems = items.filter((item) => item.type === "text" || item.type === "scale10").map((item) => item.id);
  // One statement, three result sets would need three round trips with Prisma; they run side by side on the pool.
  const [counts, options, texts, [totals]] = await Promise.all([
    db.$queryRaw<CountRow[]>`
      SELECT a."itemId", ${GROUP_SQL} AS "grp", CASE WHEN a."number" BETWEEN 1 AND 10 THEN a."number" END AS "number", count(*)::int AS "answers",
             count(*) FILTER (WHERE cardinality(a."choices") > 0)::int AS "withChoice", count(*) FILTER (WHERE a."text" <> '')::int AS "withText"
        FROM "EvaluationResponse" s JOIN "EvaluationAnswer" a ON a."responseId" = s."id"
       WHERE ${where}
       GROUP BY 1, 2, 3`,
    db.$queryRaw<OptionRow[]>`
      SELECT a."itemId", ${GROUP_SQL} AS "grp", o."option", count(*)::int AS "count"
        FROM "EvaluationResponse" s JOIN "EvaluationAnswer" a ON a."responseId" = s."id",
             LATERAL (SELECT DISTINCT u AS "option" FROM unnest(a."choices") u) o
       WHERE ${where} AND cardinality(a."choices") > 0
       GROUP BY 1, 2, 3`,
    // A random sample per item (shuffled again with a crypto source by reportFromTallies), with the total.
    textItems.length
      ? db.$queryRaw<TextRow[]>`
          SELECT "itemId", "text", "total" FROM (
            SELECT a."itemId", a."text", count(*) OVER (PARTITION BY a."itemId")::int AS "total",
                   row_number() OVER (PARTITION BY a."itemId" ORDER BY random()) AS "n"
              FROM "EvaluationResponse" s JOIN "EvaluationAnswer" a ON a."responseId" = s."id"
             WHERE ${where} AND a."text" <> '' AND a."itemId" IN (${Prisma.join(textItems)})
          ) t WHERE "n" <= ${TEXT_SAMPLE}`
      : Promise.resolve([] as TextRow[]),
    db.$queryRaw<{ sport: number; zorgWelzijn: number; anders: number; cohorts: number }[]>`
      SELECT count(*) FILTER (WHERE ${GROUP_SQL} = 'sport')::int AS "sport",
             count(*) FILTER (WHERE ${GROUP_SQL} = 'zorg-welzijn')::int AS "zorgWelzijn",
             count(*) FILTER (WHERE ${GROUP_SQL} = 'anders')::int AS "anders",
             count(DISTINCT s."cohortId")::int AS "cohorts"
        FROM "EvaluationResponse" s WHERE ${where}`,
  ]);

  const tallies = new Map<string, Tally>();
  const tallyAt = (itemId: string, group: GroupKey) => {
    const key = `${itemId}\u0000${group}`;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = { histogram: Array.from({ length: 10 }, () => 0), withChoice: 0, options: {}, withText: 0 }));
    return tally;
  };
  const add = (itemId: string, grp: string, change: (tally: Tally) => void) => {
    change(tallyAt(itemId, grp as GroupKey));
    change(tallyAt(itemId, "all"));
  };
  for (const row of counts) {
    if (!row.itemId) continue;
    add(row.itemId, row.grp, (tally) => {
      if (row.number !== null) tally.histogram[row.number - 1] += row.answers;
      tally.withChoice += row.withChoice;
      tally.withText += row.withText;
    });
  }
  for (const row of options) add(row.itemId, row.grp, (tally) => (tally.options[row.option] = (tally.options[row.option] ?? 0) + row.count));
  const textsOf = new Map<string, { texts: string[]; total: number }>();
  for (const row of texts) {
    const entry = textsOf.get(row.itemId) ?? { texts: [], total: row.total };
    entry.texts.push(row.text);
    textsOf.set(row.itemId, entry);
  }
  const respondents: Record<GroupKey, number> = {
    all: totals.sport + totals.zorgWelzijn + totals.anders,
    sport: totals.sport,
    "zorg-welzijn": totals.zorgWelzijn,
    anders: totals.anders,
  };
  const report = reportFromTallies({
    items,
    respondents,
    tally: (item, group) => tallyAt(item.id, group),
    texts: (item) => textsOf.get(item.id) ?? { texts: [], total: 0 },
  });
  return { report, cohorts: totals.cohorts };
}

/** How many responses `where` selects. */
export async function countResponses(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" FROM "EvaluationResponse" s WHERE ${where}`;
  return row.count;
}

/** Up to `size` responses after the id `after`, by id, each with its answers: one page of a streamed export. */
export function responsesPage({ where, after, size = 1000 }: { where: Prisma.Sql; after: string | null; size?: number }) {
  return db.$queryRaw<{ id: string; sector: string; questionnaireVersion: number; answers: { itemId: string; number: number | null; text: string | null; choices: string[] }[] }[]>`
    SELECT s."id", s."sector", s."questionnaireVersion",
           COALESCE((SELECT json_agg(json_build_object('itemId', a."itemId", 'number', a."number", 'text', a."text", 'choices', a."choices"))
                       FROM "EvaluationAnswer" a WHERE a."responseId" = s."id"), '[]'::json) AS "answers"
      FROM "EvaluationResponse" s
     WHERE ${where} AND (${after}::text IS NULL OR s."id" > ${after})
     ORDER BY s."id"
     LIMIT ${size}`;
}
