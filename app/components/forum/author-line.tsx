import type { ShownAuthor } from "~/modules/forum/present-author.server";
import { useT } from "../use-t";

/** The sector badge of a post: the point of the forum is to see where advice comes from. */
function DomainBadge({ domain }: { domain: ShownAuthor["domain"] }) {
  const t = useT();
  if (!domain) return null;
  return <span className={`badge badge-${domain}`}>{t(`common.domain.${domain}`)}</span>;
}

/** Who wrote a post, as far as this viewer may know. */
export function AuthorLine({ author, town }: { author: ShownAuthor; town?: string | null }) {
  const t = useT();
  const pseudonym = t(`forum.pseudonym.${author.domain ?? "ANDERS"}`);
  let label: string;
  if (author.former) label = t("forum.formerParticipant");
  else if (author.isMine)
    label = author.pseudonymous ? t("forum.youPseudonymous", { pseudonym }) : t("forum.you");
  else if (author.name && author.pseudonymous)
    label = t("forum.realNameForStaff", { name: author.name, pseudonym });
  else label = author.name ?? pseudonym;
  return (
    <span className="forum-author">
      <span className="forum-author-name">{label}</span> <DomainBadge domain={author.domain} />
      {town ? <span className="muted"> {t("forum.fromTown", { town })}</span> : null}
    </span>
  );
}
