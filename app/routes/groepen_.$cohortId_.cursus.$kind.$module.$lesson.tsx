import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LessonPage } from "~/components/course/lesson-page";
import { notFound } from "~/modules/auth/guards.server";
import { refuseChangesTo, requireCohortMember } from "~/modules/cohorts/access.server";
import { handleLessonForm } from "~/http/lesson-action.server";
import { findRunLesson, loadLessonPage, moduleKeyOf } from "~/modules/courses/lesson-page.server";

// Noting that the lesson was opened changes nothing on the page.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formData,
  defaultShouldRevalidate,
}) => (formData?.get("intent") === "opened" ? false : defaultShouldRevalidate);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, cohortId, archived } = await requireCohortMember(request, params.cohortId);
  const moduleKey = moduleKeyOf(params.kind, params.module);
  if (!moduleKey) notFound();
  const page = await loadLessonPage({
    cohortId,
    userId: user.id,
    moduleKey,
    lessonSlug: params.lesson ?? "",
  });
  if (!page) notFound();
  return json({ cohortId, ...page, archived });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireCohortMember(request, params.cohortId);
  const { user, cohortId } = access;
  const moduleKey = moduleKeyOf(params.kind, params.module);
  if (!moduleKey) notFound();
  const found = await findRunLesson({ cohortId, moduleKey, lessonSlug: params.lesson ?? "" });
  if (!found) notFound();
  const form = await request.formData();
  // The page notes "opened" in the background: an archived cohort quietly records nothing; every other form is refused.
  if (access.archived && form.get("intent") === "opened") return json({ opened: false });
  refuseChangesTo(access);
  return handleLessonForm({
    form,
    userId: user.id,
    cohortId,
    moduleKey,
    lesson: found.lesson,
    path: new URL(request.url).pathname,
  });
}

export default function LessonRoute() {
  return <LessonPage data={useLoaderData<typeof loader>()} />;
}
