import type { SpaceViewer } from "./space-access.server";

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";

/** What the page may show about who wrote a post: never an id, and no name when the writer is pseudonymous to this viewer. */
export type ShownAuthor = { name: string | null; domain: Domain | null; pseudonymous: boolean; isMine: boolean };

/** Strips the author down to what this viewer may see. */
export function presentAuthor(post: { authorId: string; pseudonymous: boolean; authorDomain: Domain | null; author: { name: string } }, viewer: SpaceViewer): ShownAuthor {
  const isMine = post.authorId === viewer.user.id;
  const mayKnow = !post.pseudonymous || isMine || viewer.isStaff;
  return { name: mayKnow ? post.author.name : null, domain: post.authorDomain, pseudonymous: post.pseudonymous, isMine };
}
