import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";

/** Follow or unfollow a case in the viewer's space. False when the case is not there. */
export async function setFollowing({
  viewer,
  caseId,
  following,
}: {
  viewer: SpaceViewer;
  caseId: string;
  following: boolean;
}): Promise<boolean> {
  const found = await db.forumCase.findFirst({
    where: { id: caseId, cohortId: viewer.cohortId, deletedAt: null },
    select: { id: true },
  });
  if (!found) return false;
  await db.caseFollow.upsert({
    where: { userId_caseId: { userId: viewer.user.id, caseId } },
    create: { userId: viewer.user.id, caseId, following },
    update: { following },
  });
  return true;
}
