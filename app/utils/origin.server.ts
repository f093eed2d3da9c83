import { env } from "./env.server";

/** The public origin of this app: APP_URL, or the origin the request came in on. */
export function appOrigin(request: Request): string {
  const configured = env().APP_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}
