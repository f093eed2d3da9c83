import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { isRouteErrorResponse, Links, LiveReload, Meta, Outlet, ScrollRestoration, useLoaderData, useMatches, useRouteError, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { AfterPaintScripts } from "~/components/layout/after-paint-scripts";
import { AppShell } from "~/components/layout/app-shell";
import { ErrorPage } from "~/components/layout/error-page";
import { useMarkHydrated } from "~/components/hydration";
import { catalogueHref } from "~/i18n/catalogue-files.server";
import { getLocale } from "~/i18n/locale.server";
import { getUser } from "~/modules/auth/guards.server";
import { env } from "~/utils/env.server";
import styles from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.ico" },
];

export const meta: MetaFunction = () => [{ title: "Buiten de Lijnen" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getUser(request), getLocale(request)]);
  return json({
    locale,
    // The address of the catalogue file, not the catalogue: the browser caches the file for good (issue 20).
    messagesHref: catalogueHref(locale),
    user: user ? { name: user.name, role: user.role } : null,
    showOutbox: env().NODE_ENV !== "production",
  });
}

export type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  // Public pages such as /verifieer opt out of client JavaScript with `handle = { hydrate: false }`.
  const hydrate = !useMatches().some((match) => (match.handle as { hydrate?: boolean } | undefined)?.hydrate === false);
  return (
    <html lang={data?.locale ?? "nl"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {data?.messagesHref ? <link rel="preload" href={data.messagesHref} as="fetch" crossOrigin="anonymous" /> : null}
      </head>
      <body>
        {children}
        {hydrate ? <ScrollRestoration /> : null}
        {hydrate ? <AfterPaintScripts /> : null}
        {/* Only in builds made by `npm run dev` (remix dev defines the origin at build time): reload on change. */}
        {process.env.REMIX_DEV_ORIGIN ? <LiveReload /> : null}
      </body>
    </html>
  );
}

export default function App() {
  useMarkHydrated();
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
