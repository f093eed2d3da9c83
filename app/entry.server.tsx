import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { ServerLessonModules } from "~/components/course/lesson-modules";
import { serverLessonComponent } from "~/components/course/lesson-render.server";
import { NonceContext } from "~/components/layout/nonce";
import { PageLanguageContext, type PageLanguage } from "~/components/layout/page-language";
import { catalogueHref } from "~/i18n/catalogue-files.server";
import { getLocale } from "~/i18n/locale.server";

const ABORT_DELAY = 5_000;

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  console.error(error);
};

// Pages that answer conditional requests (issue 20): a lesson is read again and again, and changes for its reader only when they do something.
const CONDITIONAL_ROUTES = new Set(["routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson"]);

/**
 * The ETag of a page: the build and every loader's data (the root's names
 * the person, so it is theirs alone). When the browser already has it, the
 * answer is a 304 without rendering. `private, no-cache`: the browser keeps
 * the page but asks every time, so a change shows at once.
 */
function conditional(
  request: Request,
  status: number,
  headers: Headers,
  context: EntryContext,
): Response | null {
  const handler = context.staticHandlerContext;
  if (
    request.method !== "GET" ||
    status !== 200 ||
    handler.actionData ||
    !handler.matches.some((match) => CONDITIONAL_ROUTES.has(match.route.id))
  )
    return null;
  const etag = `W/"${createHash("sha256").update(context.manifest.version).update(JSON.stringify(handler.loaderData)).digest("base64url").slice(0, 27)}"`;
  headers.set("ETag", etag);
  headers.set("Cache-Control", "private, no-cache");
  const asked = request.headers.get("If-None-Match");
  if (asked && asked.split(",").some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers });
  return null;
}

/**
 * The same for a lesson's loader data fetched by a client navigation
 * (`?_data=`): the ETag is the hash of the JSON itself, so a 304 hands the
 * browser the very bytes it keeps. No nonce is involved.
 */
export async function handleDataRequest(
  response: Response,
  { request }: { request: Request },
): Promise<Response> {
  const route = new URL(request.url).searchParams.get("_data");
  if (request.method !== "GET" || response.status !== 200 || !CONDITIONAL_ROUTES.has(route ?? ""))
    return response;
  const body = await response.clone().arrayBuffer();
  const etag = `W/"${createHash("sha256").update(new Uint8Array(body)).digest("base64url").slice(0, 27)}"`;
  response.headers.set("ETag", etag);
  response.headers.set("Cache-Control", "private, no-cache");
  const asked = request.headers.get("If-None-Match");
  if (asked && asked.split(",").some((tag) => tag.trim() === etag))
    return new Response(null, { status: 304, headers: response.headers });
  return response;
}

/**
 * Renders the whole page before sending it, in one piece (decision 011).
 * No page streams data (no `defer`), and every page is small; sent in
 * pieces, a phone parsed and laid out the page two or three times.
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const notModified = conditional(request, responseStatusCode, responseHeaders, remixContext);
  if (notModified) return notModified;
  // No root data (an action crashed and the root error boundary shows): the reader's language from the cookie.
  let language: PageLanguage | null = null;
  if (!remixContext.staticHandlerContext.loaderData.root) {
    const locale = await getLocale(request);
    language = { locale, messagesHref: catalogueHref(locale) };
  }
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const chunks: Buffer[] = [];
    const collect = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
      final(done) {
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(
          new Response(Buffer.concat(chunks), {
            headers: responseHeaders,
            status: responseStatusCode,
          }),
        );
        done();
      },
    });
    const app = (
      <NonceContext.Provider value={loadContext.cspNonce}>
        <ServerLessonModules.Provider value={serverLessonComponent}>
          <PageLanguageContext.Provider value={language}>
            <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
          </PageLanguageContext.Provider>
        </ServerLessonModules.Provider>
      </NonceContext.Provider>
    );
    const { pipe, abort } = renderToPipeableStream(app, {
      onShellReady() {
        shellRendered = true;
      },
      onAllReady() {
        clearTimeout(timer);
        pipe(collect);
      },
      onShellError(error: unknown) {
        clearTimeout(timer);
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        if (shellRendered) console.error(error);
      },
    });
    const timer = setTimeout(abort, ABORT_DELAY);
  });
}
