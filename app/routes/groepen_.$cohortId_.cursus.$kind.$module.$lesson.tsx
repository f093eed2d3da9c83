import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { useLoaderData } from "@remix-run/react";
import { LessonPage } from "~/components/course/lesson-page";
import { lessonAction, loadLesson } from "~/http/lesson-route.server";

// Noting that the lesson was opened changes nothing on the page.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formData,
  defaultShouldRevalidate,
}) => (formData?.get("intent") === "opened" ? false : defaultShouldRevalidate);

export const loader = ({ request, params }: LoaderFunctionArgs) => loadLesson(request, params);

export const action = ({ request, params }: ActionFunctionArgs) => lessonAction(request, params);

export default function LessonRoute() {
  return <LessonPage data={useLoaderData<typeof loader>()} />;
}
