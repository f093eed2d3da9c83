import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { json } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  LiveReload,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { AppShell } from "~/components/layout/app-shell";
import { useNonce } from "~/components/layout/nonce";
import { ErrorTitle } from "~/components/layout/error-title";
import { usePreventDoubleSubmit } from "~/components/layout/prevent-double-submit";
import { ErrorPage, errorTitleKey } from "~/components/layout/error-page";
import { restoreTypedText } from "~/components/keep-typed-text";
import { useRouteTitle } from "~/components/route-titles";
import { titleText } from "~/components/page-title";
import { usePageLanguage } from "~/components/layout/page-language";
import { loadRootData } from "~/http/root-data.server";
import styles from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.ico" },
];

// Titles come from the routes (pageTitle) or from the Layout (useRouteTitle): see app/components/route-titles.ts.
export const meta: MetaFunction = () => [];

export async function loader({ request }: LoaderFunctionArgs) {
  return json(await loadRootData(request));
}

/**
 * The root's data (who is logged in, their language, the clubs they run)
 * changes only when someone submits a form; a link that changes only the
 * query (the thread's next page, a search) does not load it again (issue 20).
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  formMethod,
  defaultShouldRevalidate,
}) => (formMethod && formMethod.toUpperCase() !== "GET" ? defaultShouldRevalidate : false);

export type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  // Without root data (an action crashed) the language comes from the cookie: see page-language.ts.
  const language = usePageLanguage();
  // Public pages such as /verifieer opt out of client JavaScript with `handle = { hydrate: false }`.
  const nonce = useNonce();
  const routeTitle = useRouteTitle();
  // An error page (403, 404, 409, 500, 503) has a title of its own, the heading it shows.
  const error = useRouteError();
  const title = error
    ? titleText(language, errorTitleKey(isRouteErrorResponse(error) ? error.status : 500))
    : routeTitle;
  const hydrate = !useMatches().some(
    (match) => (match.handle as { hydrate?: boolean } | undefined)?.hydrate === false,
  );
  return (
    <html
      lang={language.locale}
      data-messages={data ? undefined : (language.messagesHref ?? undefined)}
    >
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <ErrorTitle fallback={title} />
        {title ? <title>{title}</title> : null}
        <Meta />
        <Links />
        {/* The catalogue file entry.client loads before hydrating; fetched while the scripts load. */}
        {data?.messagesHref ? (
          <link rel="preload" href={data.messagesHref} as="fetch" crossOrigin="anonymous" />
        ) : null}
      </head>
      <body>
        {children}
        {hydrate ? <ScrollRestoration nonce={nonce} /> : null}
        {hydrate ? <Scripts nonce={nonce} /> : null}
        {/* Only in builds made by `npm run dev` (remix dev defines the origin at build time): reload on change. */}
        {process.env.REMIX_DEV_ORIGIN ? <LiveReload nonce={nonce} /> : null}
      </body>
    </html>
  );
}

export default function App() {
  useEffect(restoreTypedText, []);
  usePreventDoubleSubmit();
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <AppShell>
      <ErrorPage status={status} />
    </AppShell>
  );
}
