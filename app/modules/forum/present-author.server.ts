import { db } from "~/utils/db.server";
import type { SpaceViewer } from "./space-access.server";

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";

/** What the page may show about who wrote a post: never an id, and no name when the writer is pseudonymous to this viewer. */
export type ShownAuthor = {
  name: string | null;
  domain: Domain | null;
  pseudonymous: boolean;
  isMine: boolean;
  former: boolean;
};

/**
 * How the viewer of the course-wide space relates to each author: "peer" when
 * they share a current cohort, "staff" when the viewer runs a cohort the author
 * is in. Authors outside the viewer's cohorts are missing. Null in a cohort
 * space, where everyone is in the same cohort.
 */
export type AuthorRelations = Map<string, "peer" | "staff"> | null;

export async function authorRelations(
  viewer: SpaceViewer,
  ids: (string | null)[],
): Promise<AuthorRelations> {
  const authorIds = ids.filter((id): id is string => id !== null);
  if (viewer.cohortId !== null) return null;
  const relations = new Map<string, "peer" | "staff">();
  const own = viewer.cohorts ?? [];
  if (own.length === 0 || authorIds.length === 0) return relations;
  const staffIn = new Set(own.filter((cohort) => cohort.staff).map((cohort) => cohort.id));
  const shared = await db.cohortMember.findMany({
    where: {
      userId: { in: [...new Set(authorIds)] },
      cohortId: { in: own.map((cohort) => cohort.id) },
      removedAt: null,
    },
    select: { userId: true, cohortId: true },
  });
  for (const { userId, cohortId } of shared) {
    if (staffIn.has(cohortId)) relations.set(userId, "staff");
    else if (!relations.has(userId)) relations.set(userId, "peer");
  }
  return relations;
}

/**
 * Strips the author down to what this viewer may see. In a cohort space:
 * the name unless the writer is pseudonymous (staff still see it). In the
 * course-wide space only people of the writer's own cohort see a name (its
 * staff also a pseudonymous one); everyone else sees sector and place only.
 */
export function presentAuthor(
  post: {
    authorId: string | null;
    pseudonymous: boolean;
    authorDomain: Domain | null;
    author: { name: string } | null;
  },
  viewer: SpaceViewer,
  relations: AuthorRelations,
): ShownAuthor {
  // The writer deleted their account: "een oud-deelnemer", without name or sector.
  if (post.authorId === null || post.author === null)
    return { name: null, domain: null, pseudonymous: false, isMine: false, former: true };
  const isMine = post.authorId === viewer.user.id;
  const relation = relations?.get(post.authorId);
  const mayKnow =
    relations === null
      ? !post.pseudonymous || isMine || viewer.isStaff
      : isMine || relation === "staff" || (relation === "peer" && !post.pseudonymous);
  return {
    name: mayKnow ? post.author.name : null,
    domain: post.authorDomain,
    pseudonymous: post.pseudonymous,
    isMine,
    former: false,
  };
}
