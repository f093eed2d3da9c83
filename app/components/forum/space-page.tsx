import { keyFromData } from "~/i18n/translate";
import type { SerializeFrom } from "@remix-run/node";
import { Form, Link } from "@remix-run/react";
import type { loadSpace } from "~/http/forum/space-route.server";
import { ArchivedNotice } from "../cohorts/archived-notice";
import { Button } from "../ui/button";
import { Alert } from "../ui/card";
import { useT } from "../use-t";
import { AuthorLine } from "./author-line";

type Data = SerializeFrom<typeof loadSpace>;

/** The list of cases in a space, with search and unread markers. */
export function SpacePage({ data }: { data: Data }) {
  const t = useT();
  const { space, cases, query, page, hasMore } = data;
  const pageLink = (to: number) =>
    `${space.path}?${new URLSearchParams({ ...(query ? { zoek: query } : {}), ...(to > 1 ? { pagina: String(to) } : {}) }).toString()}`.replace(
      /\?$/,
      "",
    );
  const courseWide = space.cohortId === null;
  return (
    <div className="stack">
      <h1>{courseWide ? t("forum.courseSpaceTitle") : t("forum.spaceTitle")}</h1>
      {space.cohortName ? (
        <p className="muted">{t("forum.cohortSpaceOf", { name: space.cohortName })}</p>
      ) : null}
      <p>{courseWide ? t("forum.courseSpaceIntro") : t("forum.spaceIntro")}</p>
      <div className="actions">
        {courseWide ? (
          data.myCohorts.map((cohort) => (
            <Link
              key={cohort.id}
              className="btn btn-primary"
              to={`/groepen/${cohort.id}/casussen/nieuw?plek=cursus`}
            >
              {t("forum.newCaseIn", { name: cohort.name })}
            </Link>
          ))
        ) : data.archived ? null : (
          <Link className="btn btn-primary" to={`${space.path}/nieuw`}>
            {t("forum.newCase")}
          </Link>
        )}
        {courseWide ? null : <Link to="/casussen">{t("forum.toCourseSpace")}</Link>}
        {data.isStaff ? (
          <Link to={`${space.path}/meldingen`}>
            {t("forum.reportsLink", { count: data.openReports })}
          </Link>
        ) : null}
        <Link to="/account/meldingen">{t("forum.mailSettings")}</Link>
      </div>
      <ArchivedNotice archived={data.archived} />
      <Form method="get" role="search" className="forum-search">
        <div className="field">
          <label htmlFor="forum-zoek">{t("forum.searchLabel")}</label>
          <div className="actions">
            <input
              id="forum-zoek"
              type="search"
              name="zoek"
              defaultValue={query}
              className="forum-search-input"
            />
            <Button variant="secondary">{t("forum.searchSubmit")}</Button>
            {query ? <Link to={space.path}>{t("forum.searchClear")}</Link> : null}
          </div>
        </div>
      </Form>
      {query ? (
        <Alert tone="info">
          {!cases.length
            ? t("forum.noResults", { query })
            : data.moreFound
              ? t("forum.resultsForMore", { count: data.found ?? cases.length, query })
              : t("forum.resultsFor", { count: data.found ?? cases.length, query })}
        </Alert>
      ) : null}
      {!query && cases.length === 0 && page === 1 ? <p>{t("forum.noCases")}</p> : null}
      <ul className="forum-list">
        {cases.map((item) => (
          <li key={item.id} className={`card forum-list-item${item.unread ? " is-unread" : ""}`}>
            <h2 className="forum-list-title">
              <Link to={`${space.path}/${item.id}`}>
                {item.title ?? t("forum.thread.deletedCase")}
              </Link>{" "}
              {item.unread ? (
                <span className="badge forum-unread" title={t("forum.unreadLong")}>
                  {t("forum.unread")}
                  <span className="sr-only">: {t("forum.unreadLong")}</span>
                </span>
              ) : null}
            </h2>
            <p className="forum-meta">
              <AuthorLine author={item.author} town={courseWide ? item.town : null} />
              {" · "}
              {item.replyCount === 1
                ? t("forum.oneReply")
                : t("forum.replies", { count: item.replyCount })}
              {item.locked ? (
                <>
                  {" "}
                  · <span className="badge badge-ANDERS">{t("forum.locked")}</span>
                </>
              ) : null}
              {item.hidden ? (
                <>
                  {" "}
                  · <span className="badge badge-ANDERS">{t("forum.hiddenBadge")}</span>
                </>
              ) : null}
            </p>
            {item.themes.length ? (
              <ul className="forum-themes" aria-label={t("forum.themesLabel")}>
                {item.themes.map((theme) => (
                  <li key={theme}>{t(keyFromData(`forum.theme.${theme}`))}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {page > 1 || hasMore ? (
        <nav aria-label={t("forum.pagesLabel")} className="actions">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t("forum.newerCases")}
            </Link>
          ) : null}
          <span className="muted">{t("forum.pageNumber", { page })}</span>
          {hasMore ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t("forum.olderCases")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
