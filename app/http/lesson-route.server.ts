import { json, redirect } from "@remix-run/node";
import { issueCertificateQuietly } from "~/modules/certificates/issue-certificate.server";
import {
  answerCheck,
  markLessonDone,
  markLessonOpened,
  saveReflection,
} from "~/modules/courses/learner-actions.server";
import type { RunLesson } from "~/modules/courses/course-run";
import { LessonForm } from "~/modules/courses/schemas.server";
import { badRequest, notFound } from "~/modules/auth/guards.server";
import { refuseChangesTo, requireCohortMember } from "~/modules/cohorts/access.server";
import { findRunLesson, loadLessonPage, moduleKeyOf } from "~/modules/courses/lesson-page.server";

type LessonParams = { cohortId?: string; kind?: string; module?: string; lesson?: string };

/**
 * The lesson page's loader and action. The route imports only this server
 * module, so that its browser script carries one empty stand-in for it inside
 * the route's own file rather than one request per server module (decision 036).
 */
export async function loadLesson(request: Request, params: LessonParams) {
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

export async function lessonAction(request: Request, params: LessonParams) {
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

/**
 * Handles the forms of a lesson page for the session user: mark as done,
 * answer a Kennischeck, save a Reflectie. Answers a redirect back to the
 * part of the page that changed (works the same without JavaScript).
 */
async function handleLessonForm({
  form,
  userId,
  cohortId,
  moduleKey,
  lesson,
  path,
}: {
  form: FormData;
  userId: string;
  cohortId: string;
  moduleKey: string;
  lesson: RunLesson;
  path: string;
}) {
  const parsed = LessonForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const intent = form.get("intent");
    const id = String(form.get(intent === "check" ? "checkId" : "reflectionId") ?? "");
    const message = parsed.error.issues[0]?.message ?? "";
    if (id && message.startsWith("course."))
      return json(
        { target: intent === "check" ? `kennischeck-${id}` : `reflectie-${id}`, error: message },
        400,
      );
    badRequest();
  }
  const scope = { userId, cohortId, moduleKey, lesson };
  const input = parsed.data;
  if (input.intent === "opened") {
    // Posted by the lesson page in the background; the page does not reload for it.
    await markLessonOpened({ userId, cohortId, moduleKey, lessonSlug: lesson.slug });
    return json({ opened: true });
  }
  if (input.intent === "done") {
    await markLessonDone({ userId, cohortId, moduleKey, lessonSlug: lesson.slug });
    await issueCertificateQuietly({ cohortId, userId });
    return redirect(`${path}?klaar=1#les-klaar`);
  }
  if (input.intent === "check") {
    if (input.option === undefined)
      return json(
        { target: `kennischeck-${input.checkId}`, error: "course.kennischeck.errors.choose" },
        400,
      );
    if (!(await answerCheck({ ...scope, checkId: input.checkId, optionIndex: input.option })))
      badRequest();
    return redirect(`${path}#kennischeck-${input.checkId}`);
  }
  if (!input.text)
    return json(
      { target: `reflectie-${input.reflectionId}`, error: "course.reflectie.errors.empty" },
      400,
    );
  if (!(await saveReflection({ ...scope, reflectionId: input.reflectionId, text: input.text })))
    badRequest();
  return redirect(
    `${path}?opgeslagen=${encodeURIComponent(input.reflectionId)}#reflectie-${input.reflectionId}`,
  );
}
