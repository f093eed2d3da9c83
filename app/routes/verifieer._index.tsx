import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { VerifyPage } from "~/components/certificates/verify-page";
import { verifyLoader } from "~/http/verify-route.server";

// A public page that needs no JavaScript: root.tsx leaves the scripts out.
export const handle = { hydrate: false, returnPath: "/verifieer" };

// With a code it shows a result, titled like /verifieer/<code> so that no answer tells anything by its title.
export const meta: MetaFunction = ({ matches, location }) => [
  ...pageTitle(
    matches,
    new URLSearchParams(location.search).has("code")
      ? "season.titles.pages.verifyResult"
      : "season.titles.pages.verify",
  ),
  { name: "robots", content: "noindex" },
];

export function loader({ request, context }: LoaderFunctionArgs) {
  return verifyLoader({ request, context, code: new URL(request.url).searchParams.get("code") });
}

export default function VerifyFormRoute() {
  const data = useLoaderData<typeof loader>();
  return <VerifyPage result={data.result} rateLimitedMinutes={data.rateLimitedMinutes} />;
}
