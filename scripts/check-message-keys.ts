/**
 * The message keys the compiler cannot see (part of `npm run lint`):
 * - unused: a key of the Dutch catalogue that no code in app/ names, neither
 *   as a literal ("forum.replies") nor through one of the dynamic patterns
 *   below; remove it from both catalogues.
 * - unknown: a key-like literal in app/ ("errors.requierd" in a zod schema or
 *   an action's answer, which travel as data) that the Dutch catalogue lacks.
 * Literal keys passed to `t()` are already checked by `npm run typecheck`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { nl } from "../app/i18n/nl";

/**
 * Keys built at run time from a value (`t(\`forum.theme.${theme}\`)`). Every
 * entry names the code that builds them (`builtBy`, which must still occur in
 * app/, so a pattern whose code is gone fails) and the keys it may reach.
 */
export const DYNAMIC_KEYS: { keys: RegExp; builtBy: string }[] = [
  { keys: /^auth\.invitationInvalid\./, builtBy: "`auth.invitationInvalid.${" },
  { keys: /^certificates\.status\./, builtBy: "`certificates.status.${" },
  { keys: /^clubs\.course\./, builtBy: "`clubs.course.${" },
  { keys: /^clubs\.types\./, builtBy: "`clubs.types.${" },
  { keys: /^coalitions\.agreements\.status\./, builtBy: "`coalitions.agreements.status.${" },
  { keys: /^coalitions\.aspect\./, builtBy: "`coalitions.aspect.${" },
  { keys: /^coalitions\.aspectHint\./, builtBy: "`coalitions.aspectHint.${" },
  { keys: /^coalitions\.kind\./, builtBy: "`coalitions.kind.${" },
  { keys: /^coalitions\.kindHint\./, builtBy: "`coalitions.kindHint.${" },
  { keys: /^cohorts\.attendance\.status\./, builtBy: "`cohorts.attendance.status.${" },
  { keys: /^cohorts\.dashboard\.certificate\./, builtBy: "`cohorts.dashboard.certificate.${" },
  { keys: /^cohorts\.dashboard\.sort\./, builtBy: "`cohorts.dashboard.sort.${" },
  { keys: /^cohorts\.errors\.dateDoubt\./, builtBy: "`cohorts.errors.dateDoubt.${" },
  { keys: /^cohorts\.invite\.state\./, builtBy: "`cohorts.invite.state.${" },
  { keys: /^cohorts\.join\./, builtBy: "`cohorts.join.${" },
  { keys: /^cohorts\.page\.mixWarning\./, builtBy: "`cohorts.page.mixWarning.${" },
  { keys: /^cohorts\.role\./, builtBy: "`cohorts.role.${" },
  { keys: /^cohorts\.socialMap\.fields\./, builtBy: "`cohorts.socialMap.fields.${" },
  { keys: /^cohorts\.socialMap\.hints\./, builtBy: "`cohorts.socialMap.hints.${" },
  { keys: /^common\.domain\./, builtBy: "`common.domain.${" },
  { keys: /^common\.orgType\./, builtBy: "`common.orgType.${" },
  { keys: /^common\.platformRole\./, builtBy: "`common.platformRole.${" },
  { keys: /^common\.role\./, builtBy: "`common.role.${" },
  { keys: /^course\.kader\./, builtBy: "`course.kader.${" },
  { keys: /^course\.modules\.status\./, builtBy: "`course.modules.status.${" },
  { keys: /^course\.praktijkcasus\.theme\./, builtBy: "`course.praktijkcasus.theme.${" },
  { keys: /^evaluation\.items\./, builtBy: "`evaluation.items.${" },
  { keys: /^evaluation\.local\.types\./, builtBy: "`evaluation.local.types.${" },
  { keys: /^evaluation\.report\.groups\./, builtBy: "`evaluation.report.groups.${" },
  { keys: /^evaluation\.sections\./, builtBy: "`evaluation.sections.${" },
  { keys: /^evaluation\.yesno\./, builtBy: "`evaluation.yesno.${" },
  { keys: /^forum\.errors\./, builtBy: "`forum.errors.${" },
  { keys: /^forum\.privacy\.kind\./, builtBy: "`forum.privacy.kind.${" },
  { keys: /^forum\.pseudonym\./, builtBy: "`forum.pseudonym.${" },
  { keys: /^forum\.theme\./, builtBy: "`forum.theme.${" },
  { keys: /^forum\.thread\.crossSector\./, builtBy: "`forum.thread.crossSector.${" },
  { keys: /^mdx\./, builtBy: "`mdx.${" },
  { keys: /^notify\.kinds\./, builtBy: "`notify.kinds.${" },
  { keys: /^season\.invite\.outcome\./, builtBy: "`season.invite.outcome.${" },
  { keys: /^season\.register\.filters\./, builtBy: "`season.register.filters.${" },
  { keys: /^season\.register\.sorts\./, builtBy: "`season.register.sorts.${" },
  { keys: /^season\.titles\.pages\./, builtBy: "`season.titles.pages.${" },
  { keys: /^legal\.(privacy|accessibility)\./, builtBy: "`${base}.${section}`" }, // statement-page.tsx, base is the legal page
];

/** Strings in app/ that look like keys but are not (file names). */
const NOT_KEYS = new Set(["course.yml"]);

const ROOT = path.resolve(import.meta.dirname, "..");
const CATALOGUE_DIRS = [path.join(ROOT, "app/i18n/nl"), path.join(ROOT, "app/i18n/en")];

function leaves(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (CATALOGUE_DIRS.includes(file) || name === "generated") return [];
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Unused and unknown keys, and dynamic patterns whose code is gone. */
export function messageKeyProblems(): {
  unused: string[];
  unknown: string[];
  staleDynamic: string[];
} {
  const keys = leaves(nl);
  const keySet = new Set(keys);
  const namespaces = new Set(Object.keys(nl));
  const subtrees = new Set(
    keys.flatMap((key) =>
      key
        .split(".")
        .slice(1)
        .map((_, index) =>
          key
            .split(".")
            .slice(0, index + 1)
            .join("."),
        ),
    ),
  );
  const code = sourceFiles(path.join(ROOT, "app")).map((file) => ({
    file,
    text: readFileSync(file, "utf8"),
  }));
  const literals = new Map<string, string>();
  for (const { file, text } of code) {
    // Catalogue parts imported as objects (`import { errors } from "~/i18n/nl/errors"`) and read as `errors.tooLarge`.
    for (const [, names] of text.matchAll(/import \{([^}]+)\} from "[^"]*i18n\/nl\/\w+"/g)) {
      for (const name of names.split(",").map((part) => part.trim())) {
        for (const match of text.matchAll(new RegExp(`\\b${name}((?:\\.\\w+)+)`, "g")))
          literals.set(name + match[1], path.relative(ROOT, file));
      }
    }
    for (const match of text.matchAll(/["'`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)["'`]/g))
      literals.set(match[1], path.relative(ROOT, file));
  }
  const all = code.map(({ text }) => text).join("\n");
  const dynamic = DYNAMIC_KEYS.filter((pattern) => all.includes(pattern.builtBy));
  return {
    unused: keys.filter(
      (key) => !literals.has(key) && !dynamic.some((pattern) => pattern.keys.test(key)),
    ),
    unknown: [...literals]
      .filter(
        ([literal]) =>
          !NOT_KEYS.has(literal) &&
          namespaces.has(literal.split(".")[0]) &&
          !keySet.has(literal) &&
          !subtrees.has(literal),
      )
      .map(([literal, file]) => `${literal} (${file})`),
    staleDynamic: DYNAMIC_KEYS.filter((pattern) => !dynamic.includes(pattern)).map(
      (pattern) => `${pattern.keys} (built by ${pattern.builtBy})`,
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { unused, unknown, staleDynamic } = messageKeyProblems();
  for (const key of unused)
    console.error(`unused message key (remove it from app/i18n/nl and app/i18n/en): ${key}`);
  for (const key of unknown)
    console.error(`unknown message key (not in the Dutch catalogue): ${key}`);
  for (const pattern of staleDynamic)
    console.error(
      `dynamic key pattern whose code is gone (scripts/check-message-keys.ts): ${pattern}`,
    );
  process.exit(unused.length + unknown.length + staleDynamic.length > 0 ? 1 : 0);
}
