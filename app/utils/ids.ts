import { refusal } from "./refusal";

/** True for the ids this app makes (cuid / uuid-like: letters, digits, dashes). */
export const isId = (value: string | undefined | null): value is string =>
  typeof value === "string" && /^[a-z0-9-]{10,40}$/i.test(value);

/** The id from a URL, or a 404 for anything that cannot be one (NUL bytes, "../", SQL). */
export function requireId(value: string | undefined): string {
  if (!isId(value)) throw refusal(404);
  return value;
}
