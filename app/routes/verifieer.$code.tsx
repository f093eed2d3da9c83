import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { pageTitle } from "~/components/page-title";
import { VerifyPage } from "~/components/certificates/verify-page";
import { verifyLoader } from "~/http/verify-route.server";

// The QR code leads here; no JavaScript is shipped (see root.tsx).
export const handle = { hydrate: false, returnPath: "/verifieer" };

export const meta: MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "season.titles.pages.verifyResult"),
  { name: "robots", content: "noindex" },
];

export function loader({ request, context, params }: LoaderFunctionArgs) {
  return verifyLoader({ request, context, code: params.code ?? "" });
}

export default function VerifyCodeRoute() {
  const data = useLoaderData<typeof loader>();
  return <VerifyPage result={data.result} rateLimitedMinutes={data.rateLimitedMinutes} />;
}
