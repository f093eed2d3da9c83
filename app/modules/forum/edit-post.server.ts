import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";
import { EDIT_WINDOW_MS } from "./themes";

type CaseText = { title: string; situation: string; whatIDid: string; question: string };

const ownFresh = (viewer: SpaceViewer, now: Date) => ({ authorId: viewer.user.id, deletedAt: null, createdAt: { gt: new Date(now.getTime() - EDIT_WINDOW_MS) } });

/** The author changes their case within the edit window; the earlier text is kept. */
export async function editCase({ viewer, caseId, text, now = new Date() }: { viewer: SpaceViewer; caseId: string; text: CaseText; now?: Date }): Promise<boolean> {
  const found = await db.forumCase.findFirst({
    where: { id: caseId, cohortId: viewer.cohortId, ...ownFresh(viewer, now) },
    select: { title: true, situation: true, whatIDid: true, question: true },
  });
  if (!found) return false;
  await db.$transaction([
    db.forumEdit.create({ data: { caseId, previous: found, editedAt: now } }),
    db.forumCase.update({ where: { id: caseId }, data: { ...text, editedAt: now } }),
  ]);
  return true;
}

/** The author changes their reply within the edit window; the earlier text is kept. */
export async function editReply({ viewer, caseId, replyId, body, now = new Date() }: { viewer: SpaceViewer; caseId: string; replyId: string; body: string; now?: Date }): Promise<boolean> {
  const found = await db.forumReply.findFirst({
    where: { id: replyId, caseId, case: { cohortId: viewer.cohortId }, ...ownFresh(viewer, now) },
    select: { body: true },
  });
  if (!found) return false;
  await db.$transaction([
    db.forumEdit.create({ data: { replyId, previous: found, editedAt: now } }),
    db.forumReply.update({ where: { id: replyId }, data: { body, editedAt: now } }),
  ]);
  return true;
}

/** The author removes their own case or reply (kept in the database, shown as removed). */
export async function deleteOwnPost({ viewer, caseId, replyId }: { viewer: SpaceViewer; caseId: string; replyId?: string | null }): Promise<boolean> {
  const data = { deletedAt: new Date() };
  const result = replyId
    ? await db.forumReply.updateMany({ where: { id: replyId, caseId, authorId: viewer.user.id, deletedAt: null, case: { cohortId: viewer.cohortId } }, data })
    : await db.forumCase.updateMany({ where: { id: caseId, cohortId: viewer.cohortId, authorId: viewer.user.id, deletedAt: null }, data });
  return result.count > 0;
}
