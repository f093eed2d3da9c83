import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { NewCasePage, type ForumActionData } from "~/components/forum/case-form";
import { loadNewCase, newCaseAction } from "~/http/forum/new-case-route.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadNewCase({ request, cohortId: params.cohortId ?? "" });

export const action = ({ request, params }: ActionFunctionArgs) =>
  newCaseAction({ request, cohortId: params.cohortId ?? "" });

export default function NewCaseRoute() {
  return (
    <NewCasePage
      data={useLoaderData<typeof loader>()}
      actionData={useActionData<typeof action>() as ForumActionData | undefined}
    />
  );
}
