import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { ForumActionData } from "~/components/forum/case-form";
import { ThreadPage } from "~/components/forum/thread-page";
import { loadThread, threadAction } from "~/http/forum/thread-route.server";

// Also the course-wide space (/casussen…, no cohortId): remix.config.js routes().
export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadThread({ request, cohortId: params.cohortId ?? null, caseId: params.caseId });

export const action = ({ request, params }: ActionFunctionArgs) =>
  threadAction({ request, cohortId: params.cohortId ?? null, caseId: params.caseId });

// Marking as read in the background must not clear the "new" markers the reader is looking at.
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formData,
  defaultShouldRevalidate,
}) => (formData?.get("intent") === "read" ? false : defaultShouldRevalidate);

export default function ThreadRoute() {
  return (
    <ThreadPage
      data={useLoaderData<typeof loader>()}
      actionData={useActionData<typeof action>() as ForumActionData | undefined}
    />
  );
}
