import { z } from "zod";
import { db } from "~/utils/db.server";
import { withoutControlCharacters } from "~/utils/text";
import {
  SOCIAL_MAP_FIELDS,
  SOCIAL_MAP_MAX,
  toEntries,
  withDefaults,
  type SocialMapEntries,
} from "./social-map";

const Entry = z
  .string()
  .transform(withoutControlCharacters)
  .pipe(z.string().trim().max(SOCIAL_MAP_MAX, "cohorts.socialMap.tooLong"))
  .optional();

/** The social map form: one text per contact, all optional. */
export const SocialMapForm = z.object(
  Object.fromEntries(SOCIAL_MAP_FIELDS.map((field) => [field, Entry])) as Record<
    (typeof SOCIAL_MAP_FIELDS)[number],
    typeof Entry
  >,
);

const clean = (entries: Record<string, string | undefined>): SocialMapEntries =>
  toEntries(Object.fromEntries(Object.entries(entries).filter(([, value]) => value)));

/** The person's map for this cohort (own entries over the cohort's local entries) and the local entries themselves. */
export async function getSocialMap({ cohortId, userId }: { cohortId: string; userId: string }) {
  const [own, cohort] = await Promise.all([
    db.socialMap.findUnique({
      where: { userId_cohortId: { userId, cohortId } },
      select: { entries: true, updatedAt: true },
    }),
    db.cohort.findUnique({
      where: { id: cohortId },
      select: { name: true, place: true, socialMapDefaults: true },
    }),
  ]);
  const defaults = toEntries(cohort?.socialMapDefaults);
  return {
    cohort: cohort ? { name: cohort.name, place: cohort.place } : null,
    entries: withDefaults(toEntries(own?.entries), defaults),
    defaults,
    savedAt: own?.updatedAt ?? null,
  };
}

export async function saveSocialMap({
  cohortId,
  userId,
  entries,
}: {
  cohortId: string;
  userId: string;
  entries: Record<string, string | undefined>;
}) {
  const data = clean(entries);
  await db.socialMap.upsert({
    where: { userId_cohortId: { userId, cohortId } },
    create: { userId, cohortId, entries: data },
    update: { entries: data },
  });
}

export async function saveSocialMapDefaults({
  cohortId,
  entries,
}: {
  cohortId: string;
  entries: Record<string, string | undefined>;
}) {
  await db.cohort.update({ where: { id: cohortId }, data: { socialMapDefaults: clean(entries) } });
}
