import { Link } from "@remix-run/react";
import { useT } from "~/components/use-t";

/** Links to the previous and next page of a club's members (50 a page, in name order); nothing for one page. */
export function RegisterPager({
  page,
  pageCount,
  total,
  pageSize,
  pathFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  pathFor: (page: number) => string;
}) {
  const t = useT();
  if (pageCount <= 1) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t("clubs.pagesLabel")} className="actions">
      {page > 1 ? (
        <Link to={pathFor(page - 1)} rel="prev">
          {t("clubs.previousMembers")}
        </Link>
      ) : null}
      <span className="muted">{t("clubs.membersShown", { from, to, total })}</span>
      {page < pageCount ? (
        <Link to={pathFor(page + 1)} rel="next">
          {t("clubs.nextMembers")}
        </Link>
      ) : null}
    </nav>
  );
}
