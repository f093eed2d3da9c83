import { db } from "~/utils/db.server";
import { checkFields } from "./privacy-check";
import type { SpaceViewer } from "./space-access.server";
import { EDIT_WINDOW_MS } from "./themes";

type CaseText = { title: string; situation: string; whatIDid: string; question: string };

/** What stays of a removed case or reply: the row (so replies under it stay), no text. */
export const CASE_TOMBSTONE = { title: "", situation: "", whatIDid: "", question: "" } as const;
export const REPLY_TOMBSTONE = { body: "" } as const;

/** How long staff-hidden posts keep their text before `purgeHiddenPosts` erases it (stated in the privacy statement). */
const HIDDEN_RETENTION_DAYS = 90;

const ownFresh = (viewer: SpaceViewer, now: Date) => ({
  authorId: viewer.user.id,
  deletedAt: null,
  createdAt: { gt: new Date(now.getTime() - EDIT_WINDOW_MS) },
});

/** Finding texts ("06-12345678", "Jan") the privacy guard sees in these fields. */
const findingsOf = (fields: Record<string, string>) =>
  new Set(checkFields(fields).map((finding) => `${finding.kind}:${finding.text}`));

/**
 * Whether an edit took out something the privacy guard had found: then the
 * earlier versions must not be kept (decision 008's sibling promise in the
 * privacy statement: what was anonymised is gone).
 */
function editRemovesFindings(
  previous: Record<string, string>,
  next: Record<string, string>,
): boolean {
  const after = findingsOf(
    Object.fromEntries(Object.keys(previous).map((key) => [key, String(next[key] ?? "")])),
  );
  return [...findingsOf(previous)].some((finding) => !after.has(finding));
}

/**
 * The author changes their case within the edit window. The earlier text is
 * kept, unless the edit removed personal data the guard found: then every
 * earlier version of the case is deleted.
 */
export async function editCase({
  viewer,
  caseId,
  text,
  now = new Date(),
}: {
  viewer: SpaceViewer;
  caseId: string;
  text: CaseText;
  now?: Date;
}): Promise<boolean> {
  const found = await db.forumCase.findFirst({
    where: { id: caseId, cohortId: viewer.cohortId, ...ownFresh(viewer, now) },
    select: { title: true, situation: true, whatIDid: true, question: true },
  });
  if (!found) return false;
  const anonymised = editRemovesFindings(found, text);
  await db.$transaction([
    anonymised
      ? db.forumEdit.deleteMany({ where: { caseId } })
      : db.forumEdit.create({ data: { caseId, previous: found, editedAt: now } }),
    db.forumCase.update({ where: { id: caseId }, data: { ...text, editedAt: now } }),
  ]);
  return true;
}

/** The author changes their reply within the edit window; as with cases, earlier text goes when the edit anonymised it. */
export async function editReply({
  viewer,
  caseId,
  replyId,
  body,
  now = new Date(),
}: {
  viewer: SpaceViewer;
  caseId: string;
  replyId: string;
  body: string;
  now?: Date;
}): Promise<boolean> {
  const found = await db.forumReply.findFirst({
    where: { id: replyId, caseId, case: { cohortId: viewer.cohortId }, ...ownFresh(viewer, now) },
    select: { body: true },
  });
  if (!found) return false;
  const anonymised = editRemovesFindings(found, { body });
  await db.$transaction([
    anonymised
      ? db.forumEdit.deleteMany({ where: { replyId } })
      : db.forumEdit.create({ data: { replyId, previous: found, editedAt: now } }),
    db.forumReply.update({ where: { id: replyId }, data: { body, editedAt: now } }),
  ]);
  return true;
}

/** The author removes their own case or reply: its text and earlier versions are erased at once; a tombstone stays so replies keep their place. */
export async function deleteOwnPost({
  viewer,
  caseId,
  replyId,
}: {
  viewer: SpaceViewer;
  caseId: string;
  replyId?: string | null;
}): Promise<boolean> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const result = replyId
      ? await tx.forumReply.updateMany({
          where: {
            id: replyId,
            caseId,
            authorId: viewer.user.id,
            deletedAt: null,
            case: { cohortId: viewer.cohortId },
          },
          data: { deletedAt: now, ...REPLY_TOMBSTONE },
        })
      : await tx.forumCase.updateMany({
          where: {
            id: caseId,
            cohortId: viewer.cohortId,
            authorId: viewer.user.id,
            deletedAt: null,
          },
          data: { deletedAt: now, ...CASE_TOMBSTONE },
        });
    if (result.count > 0)
      await tx.forumEdit.deleteMany({ where: replyId ? { replyId } : { caseId } });
    return result.count > 0;
  });
}

/** On the author's request: the earlier versions of their own (edited) case or reply are deleted. */
export async function forgetEarlierVersions({
  viewer,
  caseId,
  replyId,
}: {
  viewer: SpaceViewer;
  caseId: string;
  replyId?: string | null;
}): Promise<boolean> {
  const own = replyId
    ? await db.forumReply.count({
        where: {
          id: replyId,
          caseId,
          authorId: viewer.user.id,
          case: { cohortId: viewer.cohortId },
        },
      })
    : await db.forumCase.count({
        where: { id: caseId, cohortId: viewer.cohortId, authorId: viewer.user.id },
      });
  if (own === 0) return false;
  await db.forumEdit.deleteMany({ where: replyId ? { replyId } : { caseId } });
  return true;
}

/**
 * Erases the text of posts that staff hid more than HIDDEN_RETENTION_DAYS
 * ago and never restored, with their earlier versions. Meant for the job
 * queue (run daily); returns how many cases and replies it erased.
 */
export async function purgeHiddenPosts(
  now: Date = new Date(),
): Promise<{ cases: number; replies: number }> {
  const before = new Date(now.getTime() - HIDDEN_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const cases = await tx.forumCase.findMany({
      where: { hiddenAt: { lt: before }, deletedAt: null },
      select: { id: true },
    });
    const replies = await tx.forumReply.findMany({
      where: { hiddenAt: { lt: before }, deletedAt: null },
      select: { id: true },
    });
    const caseIds = cases.map((row) => row.id);
    const replyIds = replies.map((row) => row.id);
    await tx.forumCase.updateMany({
      where: { id: { in: caseIds } },
      data: { deletedAt: now, ...CASE_TOMBSTONE },
    });
    await tx.forumReply.updateMany({
      where: { id: { in: replyIds } },
      data: { deletedAt: now, ...REPLY_TOMBSTONE },
    });
    await tx.forumEdit.deleteMany({
      where: { OR: [{ caseId: { in: caseIds } }, { replyId: { in: replyIds } }] },
    });
    return { cases: caseIds.length, replies: replyIds.length };
  });
}
