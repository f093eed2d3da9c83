import { Form, Link, useFetcher, useSearchParams } from "@remix-run/react";
import { useEffect } from "react";
import { ArchivedNotice } from "../cohorts/archived-notice";
import { Button } from "../ui/button";
import { useT } from "../use-t";
import { MdxContent } from "./mdx-content";

type Ref = { moduleKey: string; slug: string; title: string } | null;

export type LessonPageData = {
  cohortId: string;
  module: { key: string; title: string };
  lessons: { slug: string; title: string; done: boolean }[];
  lesson: { slug: string; title: string; minutes: number; done: boolean };
  /** The address of the compiled lesson's module (decision 023). */
  lessonModule: string;
  answers: Record<string, number>;
  reflections: Record<string, string>;
  shuffleSeed?: string;
  /** The cohort is archived: the lesson is read-only (no forms). */
  archived: boolean;
  previous: Ref;
  next: Ref;
};

/** A lesson: its text and components, mark-as-done, and previous/next links. */
export function LessonPage({ data }: { data: LessonPageData }) {
  const t = useT();
  const [params] = useSearchParams();
  const base = `/groepen/${data.cohortId}/cursus`;
  const index = data.lessons.findIndex((lesson) => lesson.slug === data.lesson.slug);
  useNoteOpened(
    data.lesson.done || data.archived ? null : `${data.module.key}/${data.lesson.slug}`,
  );
  return (
    <article className="lesson stack">
      <nav aria-label={t("course.lesson.crumbs")} className="crumbs">
        <Link to={base}>{t("course.overview.back")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`${base}/${data.module.key}`}>{data.module.title}</Link>
      </nav>
      <header>
        <p className="muted">
          {t("course.lesson.lessonOf", { n: index + 1, total: data.lessons.length })} ·{" "}
          {t("course.minutes", { minutes: data.lesson.minutes })} ·{" "}
          <span className={data.lesson.done ? "status-done" : undefined}>
            {data.lesson.done ? t("course.lesson.done") : t("course.lesson.notDone")}
          </span>
        </p>
        <h1>{data.lesson.title}</h1>
      </header>
      <ArchivedNotice archived={data.archived} />
      <MdxContent
        module={data.lessonModule}
        context={{
          mode: "learn",
          cohortId: data.cohortId,
          moduleKey: data.module.key,
          answers: data.answers,
          reflections: data.reflections,
          shuffleSeed: data.shuffleSeed,
          archived: data.archived,
        }}
      />
      {data.archived && !data.lesson.done ? null : (
        <section id="les-klaar" className="card lesson-done" aria-live="polite">
          {data.lesson.done ? (
            <p className="status-done" role="status">
              {params.get("klaar") ? t("course.lesson.markedDone") : t("course.lesson.isDone")}
            </p>
          ) : (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="intent" value="done" />
              <Button>{t("course.lesson.markDone")}</Button>
            </Form>
          )}
        </section>
      )}
      <nav aria-label={t("course.lesson.nav")} className="lesson-pager">
        {data.previous ? (
          <Link rel="prev" to={`${base}/${data.previous.moduleKey}/${data.previous.slug}`}>
            <span className="muted">{t("course.lesson.previous")}</span> {data.previous.title}
          </Link>
        ) : (
          <span />
        )}
        {data.next ? (
          <Link
            rel="next"
            to={`${base}/${data.next.moduleKey}/${data.next.slug}`}
            className="lesson-pager-next"
          >
            <span className="muted">{t("course.lesson.next")}</span> {data.next.title}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}

/**
 * Notes when an unfinished lesson was first opened, for the measured study
 * time per module (decision 017). Not a state change on GET: the page posts
 * it after it has shown, with JavaScript only; the route skips revalidation.
 */
function useNoteOpened(lessonKey: string | null) {
  const { submit } = useFetcher();
  useEffect(() => {
    if (lessonKey) submit({ intent: "opened" }, { method: "post" });
  }, [lessonKey, submit]);
}
