/**
 * How one prop may be written: a quoted string (optionally from a fixed
 * list) or a bare boolean attribute such as `<Optie juist>`.
 */
export type PropRule =
  | { readonly kind: "string"; readonly required: boolean; readonly oneOf?: readonly string[] }
  | { readonly kind: "flag"; readonly required: false };

/**
 * One component facilitators may use in a local module. `onlyChildren`
 * and `onlyInside` restrict where it may appear.
 */
export type ComponentRule = {
  readonly props: Readonly<Record<string, PropRule>>;
  readonly onlyChildren?: string;
  readonly onlyInside?: string;
};

/** The themes a Praktijkcasus can be filed under. */
const PRAKTIJKCASUS_THEMAS = [
  "teamprocessen",
  "kwetsbare-jongeren",
  "lvb",
  "autisme",
  "veilig-sportklimaat",
  "samenwerking",
  "vrijwilligers",
  "anders",
] as const;

/** The looks a Kader can have. */
const KADER_SOORTEN = ["tip", "letop", "voorbeeld"] as const;

const requiredString = { kind: "string", required: true } as const;

/**
 * The single allow-list for MDX in local modules: every component and prop
 * not listed here is refused by `checkSafeMdx` before content is stored.
 */
export const ALLOWED_COMPONENTS = {
  Reflectie: {
    props: { id: requiredString, vraag: requiredString },
  },
  Kennischeck: {
    props: { id: requiredString, vraag: requiredString },
    onlyChildren: "Optie",
  },
  Optie: {
    props: { juist: { kind: "flag", required: false }, feedback: requiredString },
    onlyInside: "Kennischeck",
  },
  Praktijkcasus: {
    props: {
      thema: { kind: "string", required: true, oneOf: PRAKTIJKCASUS_THEMAS },
      vraag: requiredString,
    },
  },
  Kader: {
    props: {
      soort: { kind: "string", required: true, oneOf: KADER_SOORTEN },
      titel: { kind: "string", required: false },
    },
  },
  Bron: {
    props: {
      rapport: { kind: "string", required: false },
      ook: { kind: "string", required: false },
    },
  },
} as const satisfies Record<string, ComponentRule>;

export type AllowedComponentName = keyof typeof ALLOWED_COMPONENTS;

type RulesOf<N extends AllowedComponentName> = (typeof ALLOWED_COMPONENTS)[N]["props"];
type ValueOf<R> = R extends { kind: "flag" }
  ? boolean
  : R extends { oneOf: readonly (infer V)[] }
    ? V
    : string;

/**
 * The props a component receives when rendered, derived from the allow-list,
 * e.g. `AllowedProps<"Kader">` is `{ soort: KaderSoort; titel?: string }`.
 */
export type AllowedProps<N extends AllowedComponentName> = {
  [K in keyof RulesOf<N> as RulesOf<N>[K] extends { required: true } ? K : never]: ValueOf<
    RulesOf<N>[K]
  >;
} & {
  [K in keyof RulesOf<N> as RulesOf<N>[K] extends { required: true } ? never : K]?: ValueOf<
    RulesOf<N>[K]
  >;
};

/** True only for own keys of the allow-list, so `constructor` and friends never pass. */
export function isAllowedComponent(name: string): name is AllowedComponentName {
  return Object.hasOwn(ALLOWED_COMPONENTS, name);
}
