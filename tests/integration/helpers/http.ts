import type { RunningApp } from "../../setup/app-server";

export { sessionCookieFor as cookieFor } from "../../setup/call-route";

export function get(app: RunningApp, path: string, cookie?: string) {
  return fetch(`${app.url}${path}`, {
    redirect: "manual",
    headers: cookie ? { Cookie: cookie } : {},
  });
}

/** A same-origin form POST; fields may repeat a name (checkboxes). */
export function post(app: RunningApp, path: string, fields: [string, string][], cookie?: string) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: app.origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}
