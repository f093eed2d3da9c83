import { db } from "~/utils/db.server";
import { compareBoards } from "./compare";

/** Two saved measurements of this coalition side by side (ids of another coalition match nothing). */
export async function compareMeasurements(coalitionId: string, beforeId: string, afterId: string) {
  const boards = await db.timelineBoard.findMany({
    where: { coalitionId, id: { in: [beforeId, afterId] }, number: { not: null } },
    select: {
      id: true,
      number: true,
      conclusions: true,
      notes: { select: { kind: true, aspect: true, org: { select: { id: true, name: true } } } },
    },
  });
  const before = boards.find((board) => board.id === beforeId);
  const after = boards.find((board) => board.id === afterId);
  if (!before || !after) return null;
  return {
    before: { number: before.number!, conclusions: before.conclusions },
    after: { number: after.number!, conclusions: after.conclusions },
    ...compareBoards(before.notes, after.notes),
  };
}
