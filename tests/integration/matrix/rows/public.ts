import { catalogueHref } from "~/i18n/catalogue-files.server";
import { ALL, LOGGED_IN, NOBODY, type Row, type RowContext } from "./shared";

/** Public pages: anyone may look. */
export function publicRows(c: RowContext): Row[] {
  const { w } = c;
  return [
    // ---------------------------------------------------------------- public and account
    {
      file: "$.tsx",
      method: "GET",
      pattern: "/<unknown>",
      what: "unknown address (404 page)",
      path: "/bestaat-niet",
      allow: NOBODY,
      note: "404 for everyone",
    },
    {
      file: "$.tsx",
      method: "POST",
      pattern: "/<unknown>",
      what: "post to an unknown address",
      path: "/bestaat-niet",
      body: {},
      allow: NOBODY,
      note: "404 for everyone",
    },
    {
      file: "[.]well-known.jwks[.]json.tsx",
      method: "GET",
      pattern: "/.well-known/jwks.json",
      what: "public keys of the credentials",
      path: "/.well-known/jwks.json",
      allow: ALL,
    },
    {
      file: "status.$list.tsx",
      method: "GET",
      pattern: "/status/:list",
      what: "certificate status list (Open Badges revocation)",
      path: "/status/0",
      allow: ALL,
    },
    {
      file: "issuer.tsx",
      method: "GET",
      pattern: "/issuer",
      what: "Open Badges issuer profile",
      path: "/issuer",
      allow: ALL,
    },
    { file: "_index.tsx", method: "GET", pattern: "/", what: "home page", path: "/", allow: ALL },
    {
      file: "privacy.tsx",
      method: "GET",
      pattern: "/privacy",
      what: "privacy statement",
      path: "/privacy",
      allow: ALL,
    },
    {
      file: "toegankelijkheid.tsx",
      method: "GET",
      pattern: "/toegankelijkheid",
      what: "accessibility statement",
      path: "/toegankelijkheid",
      allow: ALL,
    },
    {
      file: "ping.tsx",
      method: "GET",
      pattern: "/ping",
      what: "trivial page",
      path: "/ping",
      allow: ALL,
    },
    {
      file: "i18n.$file.tsx",
      method: "GET",
      pattern: "/i18n/:file",
      what: "message catalogue (content-hashed file)",
      path: catalogueHref("en"),
      allow: ALL,
    },
    {
      file: "lescode.$file.tsx",
      method: "GET",
      pattern: "/lescode/:file",
      what: "a compiled lesson as a JavaScript module (content-hashed file)",
      path: w.lessonModule,
      allow: LOGGED_IN,
      root: w.lessonModule.slice("/lescode/".length),
      token: true,
      note: "the MDX's content hash is the secret; 404 for an address nobody compiled",
    },
    {
      file: "healthz.tsx",
      method: "GET",
      pattern: "/healthz",
      what: "health check",
      path: "/healthz",
      allow: ALL,
    },
    {
      file: "dev.postvak.tsx",
      method: "GET",
      pattern: "/dev/postvak",
      what: "development outbox",
      path: "/dev/postvak",
      allow: ALL,
      note: "development only: 404 when NODE_ENV=production",
    },
  ];
}
