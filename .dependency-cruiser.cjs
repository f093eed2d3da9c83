/**
 * The architecture as a lint rule (issue 18; the drawing is in the README's
 * Layout section). `npm run lint` runs `depcruise app` with these rules.
 * @type {import('dependency-cruiser').IConfiguration}
 */
/* global module */
module.exports = {
  forbidden: [
    {
      name: "modules-not-ui",
      comment:
        "A domain module returns data and domain results; screens and routes use modules, never the other way round.",
      severity: "error",
      from: { path: "^app/modules/" },
      to: { path: "^app/(components|routes|http|flows)/" },
    },
    {
      name: "utils-not-domains",
      comment: "utils are small shared helpers below every domain.",
      severity: "error",
      from: { path: "^app/utils/" },
      to: { path: "^app/(modules|components|routes|http|flows)/" },
    },
    {
      name: "courses-not-cohorts",
      comment: "The course knows nothing of the groups that follow it.",
      severity: "error",
      from: { path: "^app/modules/courses/" },
      to: { path: "^app/modules/cohorts/" },
    },
    {
      name: "cohorts-not-certificates",
      comment: "Certificates are issued from cohort facts, not the other way round.",
      severity: "error",
      from: { path: "^app/modules/cohorts/" },
      to: { path: "^app/modules/certificates/" },
    },
    {
      name: "no-cycle-between-domains",
      comment: "Domain folders depend on each other in one direction only.",
      severity: "error",
      scope: "folder",
      from: { path: "^app/modules/[^/]+/?$" },
      to: { path: "^app/modules/[^/]+/?$", circular: true },
    },
    {
      name: "no-cycle",
      comment:
        "No module imports itself through others (a cycle of type imports alone costs nothing at run time).",
      severity: "error",
      from: { path: "^app/" },
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^app/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
