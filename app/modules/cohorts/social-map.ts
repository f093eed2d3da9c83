/** The contacts on a social map, in print order (decision 017). */
export const SOCIAL_MAP_FIELDS = [
  "vcp",
  "wijkteam",
  "sportcoach",
  "veiligThuis",
  "jeugdfonds",
  "partner",
] as const;
type SocialMapField = (typeof SOCIAL_MAP_FIELDS)[number];
export type SocialMapEntries = Partial<Record<SocialMapField, string>>;

export const SOCIAL_MAP_MAX = 300;

/** Reads stored JSON into known fields only. */
export function toEntries(value: unknown): SocialMapEntries {
  if (!value || typeof value !== "object") return {};
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    SOCIAL_MAP_FIELDS.flatMap((field) =>
      typeof record[field] === "string" && record[field] ? [[field, record[field] as string]] : [],
    ),
  );
}

/** The person's own entries, with the facilitator's local entries where they wrote nothing. */
export function withDefaults(own: SocialMapEntries, defaults: SocialMapEntries): SocialMapEntries {
  return Object.fromEntries(
    SOCIAL_MAP_FIELDS.flatMap((field) => {
      const value = own[field] ?? defaults[field];
      return value ? [[field, value]] : [];
    }),
  );
}
