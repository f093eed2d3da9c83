/**
 * Only same-site paths may be redirect targets: `//evil.example`,
 * `/\evil.example` and absolute URLs fall back to `fallback`.
 */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  if (target.startsWith("//") || target.startsWith("/\\")) return fallback;
  // Control characters and backslashes are treated by some browsers as slashes.
  if (/[\u0000-\u001f\\]/.test(target)) return fallback;
  return target;
}
