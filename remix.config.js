/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // mdx-bundler and esbuild stay runtime dependencies (platform-notes).
  serverDependenciesToBundle: [],
  // The course-wide forum space shares the cohort space's route modules: one
  // module each, told apart by whether the URL has a cohortId (issue 18).
  routes: (defineRoutes) =>
    defineRoutes((route) => {
      route("casussen", "routes/groepen_.$cohortId_.casussen._index.tsx", {
        id: "course-space/index",
      });
      route("casussen/meldingen", "routes/groepen_.$cohortId_.casussen.meldingen.tsx", {
        id: "course-space/reports",
      });
      route("casussen/:caseId", "routes/groepen_.$cohortId_.casussen.$caseId.tsx", {
        id: "course-space/thread",
      });
    }),
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: false,
    v3_singleFetch: false,
  },
};
