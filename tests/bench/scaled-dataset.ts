import type { PrismaClient } from "../../app/generated/prisma/client";
import { RELEASE_IN_BATCHES_OF_5 } from "./release-batches";
import { hashPassword } from "../../app/modules/auth/password.server";
import { generateVerificationCode } from "../../app/modules/certificates/code";
import { factories } from "../factories";
import { BENCH_PASSWORD, type BenchData } from "./dataset";
import { TOWNS, WORDS } from "./scaled-words";

/**
 * A national data set, generated in SQL (multi-row INSERT … SELECT over
 * generate_series), so that a million rows take seconds, not hours. Scale 1
 * is the national programme of issue 20: 60,000 people, 2,500 organisations,
 * 3,000 cohorts over 5 years, 400 local modules with versions, 30,000 cases,
 * 300,000 replies, 60,000 evaluation responses with receipts, 1,000,000
 * lesson-progress rows and 40,000 certificates. Scale 0.1 is "mid".
 *
 * Skewed like the real thing: cohorts, cases and organisations are drawn with
 * a power law, so a few cohorts have hundreds of members and a few threads
 * over a thousand replies while most are small. The bench measures a cohort
 * of ordinary size (about 30 members) with a 50-reply thread, as on the small
 * set, so that the growth ratio compares like with like; organisation 1 is a
 * club with exactly 400 members and 3,000 cases (10 %) are in the course-wide
 * space. Deterministic: every draw is a hash of the row number.
 */
type ScaledCounts = {
  people: number;
  organisations: number;
  cohorts: number;
  localModules: number;
  cases: number;
  replies: number;
  responses: number;
  progress: number;
  certificates: number;
};

const NATIONAL: ScaledCounts = {
  people: 60_000,
  organisations: 2_500,
  cohorts: 3_000,
  localModules: 400,
  cases: 30_000,
  replies: 300_000,
  responses: 60_000,
  progress: 1_000_000,
  certificates: 40_000,
};

const countsAt = (scale: number): ScaledCounts =>
  Object.fromEntries(
    Object.entries(NATIONAL).map(([key, value]) => [key, Math.max(1, Math.round(value * scale))]),
  ) as ScaledCounts;

const sqlArray = (values: string[]) =>
  `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(",")}]::text[]`;

export type ScaledBenchData = BenchData & {
  counts: ScaledCounts;
  rows: Record<string, number>;
  seconds: number;
  clubOrgId: string;
  clubAdminEmail: string;
};

/** Generates the set into an empty, migrated database. */
export async function buildScaledBenchData(
  db: PrismaClient,
  scale: number,
  options: { submitters?: number; log?: (line: string) => void } = {},
): Promise<ScaledBenchData> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const n = countsAt(scale);
  const version = await factories(db).coreVersion();
  const lessons = version.files.core.flatMap((module) =>
    module.lessons.map((lesson) => ({ moduleKey: module.key, slug: lesson.slug })),
  );
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const facilitators = Math.max(1, Math.round(n.cohorts / 2));
  const participants = Math.max(1, n.people - facilitators);
  const run = async (label: string, sql: string) => {
    const t = Date.now();
    const count = await db.$executeRawUnsafe(sql);
    log(`  ${label}: ${count} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  // A uniform draw in [0, 1) from (row, salt): hash-based, so the set is the same on every run.
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION bench_r(i bigint, salt bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT ((hashint8extended(i, salt) & 9007199254740991)::float8 / 9007199254740992) $$`);
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION bench_pick(a text[], i bigint, salt bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT a[1 + floor(bench_r(i, salt) * array_length(a, 1))::int] $$`);

  await run(
    "people",
    `
    INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "domain", "volunteerRole", "updatedAt")
    SELECT 'nat-bench-u-' || i, 'p' || i || '@nat.bench.nl', 'Deelnemer ' || i, '${passwordHash}', 'PARTICIPANT'::"PlatformRole",
           (ARRAY['SPORT','ZORG','WELZIJN','ANDERS']::"Domain"[])[1 + i % 4], 'trainer', now()
      FROM generate_series(1, ${participants}) i
    UNION ALL
    SELECT 'nat-bench-f-' || i, 'f' || i || '@nat.bench.nl', 'Begeleider ' || i, '${passwordHash}', 'FACILITATOR'::"PlatformRole", 'WELZIJN', 'begeleider', now()
      FROM generate_series(1, ${facilitators}) i`,
  );
  await run(
    "organisations",
    `
    INSERT INTO "Organisation" ("id", "name", "type", "town", "region")
    SELECT 'nat-bench-o-' || i, CASE WHEN i % 3 = 0 THEN 'Welzijn ' ELSE 'SV ' END || bench_pick(${sqlArray(TOWNS)}, i, 1) || ' ' || i,
           (CASE WHEN i % 3 = 0 THEN 'WELZIJNSORGANISATIE' ELSE 'SPORTVERENIGING' END)::"OrgType", bench_pick(${sqlArray(TOWNS)}, i, 1), 'Regio ' || (1 + i % 12)
      FROM generate_series(1, ${n.organisations}) i`,
  );
  // Organisation 1 is a club with exactly 400 members; everyone else is spread with a power law.
  await run(
    "organisation memberships",
    `
    INSERT INTO "OrgMembership" ("userId", "orgId", "role", "status", "volunteerTypes", "vogSeenOn")
    SELECT 'nat-bench-u-' || i,
           'nat-bench-o-' || CASE WHEN i <= 400 OR ${n.organisations} = 1 THEN 1 ELSE 2 + floor((${n.organisations} - 1) * power(bench_r(i, 2), 2))::int END,
           (CASE WHEN i = 1 THEN 'ADMIN' ELSE 'MEMBER' END)::"OrgRole", 'ACTIVE', ARRAY['regulier'], CASE WHEN i % 3 = 0 THEN date '2026-01-15' END
      FROM generate_series(1, ${participants}) i`,
  );
  // 3,000 cohorts over five years, newest first; each facilitator runs two.
  await run(
    "cohorts",
    `
    INSERT INTO "Cohort" ("id", "name", "place", "startsOn", "endsOn", "coreVersionId", "createdById", "evaluationOpenedAt")
    SELECT 'nat-bench-c-' || c, 'Groep ' || c, bench_pick(${sqlArray(TOWNS)}, c, 3),
           date '2026-09-01' - ((c - 1) * 1826 / ${n.cohorts}),
           date '2026-09-01' - ((c - 1) * 1826 / ${n.cohorts}) + 105,
           '${version.id}', 'nat-bench-f-' || (1 + (c - 1) % ${facilitators}), now()
      FROM generate_series(1, ${n.cohorts}) c`,
  );
  await run(
    "cohort organisations",
    `
    INSERT INTO "CohortOrganisation" ("cohortId", "orgId")
    SELECT DISTINCT 'nat-bench-c-' || c, 'nat-bench-o-' || o FROM generate_series(1, ${n.cohorts}) c,
      LATERAL (VALUES (1 + floor(${n.organisations} * power(bench_r(c, 4), 1.5))::int), (CASE WHEN bench_r(c, 5) < 0.3 THEN 1 + floor(${n.organisations} * bench_r(c, 6))::int END)) AS v(o)
     WHERE o IS NOT NULL`,
  );
  // Each participant in one cohort (power law: a few with hundreds, most with a few dozen); one in ten also in a later one.
  await run(
    "cohort members",
    `
    INSERT INTO "CohortMember" ("cohortId", "userId", "role")
    SELECT 'nat-bench-c-' || c, 'nat-bench-f-' || (1 + (c - 1) % ${facilitators}), 'FACILITATOR'::"CohortRole" FROM generate_series(1, ${n.cohorts}) c
    UNION ALL
    SELECT DISTINCT ON (cohort, i) 'nat-bench-c-' || cohort, 'nat-bench-u-' || i, 'PARTICIPANT'::"CohortRole" FROM (
      SELECT i, 1 + floor(${n.cohorts} * power(bench_r(i, 7), 1.6))::int AS cohort FROM generate_series(1, ${participants}) i
      UNION ALL
      SELECT i, 1 + floor(${n.cohorts} * bench_r(i, 9))::int FROM generate_series(1, ${participants}) i WHERE bench_r(i, 8) < 0.1
    ) m`,
  );
  await run(
    "course runs",
    `
    INSERT INTO "CohortModule" ("cohortId", "moduleKey", "position")
    SELECT 'nat-bench-c-' || c, k.key, k.position FROM generate_series(1, ${n.cohorts}) c,
      unnest(${sqlArray(version.files.core.map((module) => module.key))}) WITH ORDINALITY AS k(key, position)`,
  );
  await run(
    "evenings",
    `
    INSERT INTO "Evening" ("id", "cohortId", "startsAt", "endsAt", "place", "topic")
    SELECT 'nat-bench-e-' || c || '-' || e, 'nat-bench-c-' || c, co."startsOn" + e * 14 + time '17:30', co."startsOn" + e * 14 + time '19:30', 'Clubhuis', 'Bijeenkomst ' || e
      FROM generate_series(1, ${n.cohorts}) c JOIN "Cohort" co ON co."id" = 'nat-bench-c-' || c, generate_series(1, 6) e`,
  );
  // 400 local modules with 1-3 versions; one in ten cohorts runs one of them.
  const localLessons = JSON.stringify(
    [1, 2, 3].map((l) => ({
      slug: `les-${l}`,
      title: `Les ${l}`,
      minutes: 15,
      body: `Dit is les ${l} van een lokale module.\n\nOver **samenwerken** in de wijk.`,
    })),
  );
  await run(
    "local modules",
    `
    INSERT INTO "LocalModule" ("id", "ownerId", "orgId", "region", "status", "publishedVersionId", "updatedAt")
    SELECT 'nat-bench-l-' || m, 'nat-bench-f-' || (1 + m % ${facilitators}), 'nat-bench-o-' || (1 + m % ${n.organisations}), 'Regio ' || (1 + m % 12), 'PUBLISHED', 'nat-bench-v-' || m || '-' || (1 + m % 3), now()
      FROM generate_series(1, ${n.localModules}) m`,
  );
  await run(
    "local module versions",
    `
    INSERT INTO "LocalModuleVersion" ("id", "moduleId", "number", "title", "goals", "lessons", "createdById", "publishedAt")
    SELECT 'nat-bench-v-' || m || '-' || v, 'nat-bench-l-' || m, v, 'Lokale module ' || m, ARRAY['Je kent de sociale kaart'], '${localLessons}'::jsonb, 'nat-bench-f-' || (1 + m % ${facilitators}), now()
      FROM generate_series(1, ${n.localModules}) m, generate_series(1, 1 + m % 3) v`,
  );
  await run(
    "local modules in runs",
    `
    INSERT INTO "CohortModule" ("cohortId", "moduleKey", "localModuleId", "position", "required")
    SELECT 'nat-bench-c-' || c, 'lm/nat-bench-l-' || (1 + c % ${n.localModules}), 'nat-bench-l-' || (1 + c % ${n.localModules}), 100, false
      FROM generate_series(1, ${n.cohorts}) c WHERE c % 10 = 5`,
  );

  // The bench cohort: the newest cohort whose size is that of the small set's cohorts (about 30).
  const [bench] = await db.$queryRawUnsafe<
    { id: string; facilitator: string; participant: string }[]
  >(`
    SELECT c."id",
           (SELECT "userId" FROM "CohortMember" WHERE "cohortId" = c."id" AND "role" = 'FACILITATOR' LIMIT 1) AS "facilitator",
           (SELECT "userId" FROM "CohortMember" WHERE "cohortId" = c."id" AND "role" = 'PARTICIPANT' ORDER BY "userId" LIMIT 1) AS "participant"
      FROM "Cohort" c JOIN "CohortMember" m ON m."cohortId" = c."id"
     GROUP BY c."id", c."startsOn"
    ORDER BY abs(count(*) - 31), c."startsOn" DESC LIMIT 1`);
  // The small set's e-mail addresses, so the same logins work on both sets.
  await db.$executeRawUnsafe(
    `UPDATE "User" SET "email" = 'begeleider@bench.nl' WHERE "id" = $1`,
    bench.facilitator,
  );
  await db.$executeRawUnsafe(
    `UPDATE "User" SET "email" = 'deelnemer0@bench.nl' WHERE "id" = $1`,
    bench.participant,
  );

  // Cases: one in ten in the course-wide space, the rest by a power law over cohorts; case 1 is the bench thread.
  await run(
    "cases",
    `
    INSERT INTO "ForumCase" ("id", "cohortId", "authorId", "authorDomain", "authorTown", "title", "situation", "whatIDid", "question", "themes", "createdAt", "lastReplyAt")
    SELECT 'nat-bench-k-' || k, cohort, COALESCE(author, 'nat-bench-f-1'), (ARRAY['SPORT','ZORG','WELZIJN','ANDERS']::"Domain"[])[1 + k % 4], bench_pick(${sqlArray(TOWNS)}, k, 10),
           'Casus ' || k || ': ' || bench_pick(${sqlArray(WORDS)}, k, 11) || ' en ' || bench_pick(${sqlArray(WORDS)}, k, 12),
           'Een jongere bij ons praat over ' || bench_pick(${sqlArray(WORDS)}, k, 13) || ' en ' || bench_pick(${sqlArray(WORDS)}, k, 14) || '.',
           'Ik heb na de ' || bench_pick(${sqlArray(WORDS)}, k, 15) || ' even apart gevraagd hoe het gaat.',
           'Hoe houd ik contact over ' || bench_pick(${sqlArray(WORDS)}, k, 16) || '?',
           ARRAY['teamprocessen'], timestamptz '2026-11-01' - make_interval(mins => k * 5), timestamptz '2026-11-01' - make_interval(mins => k * 5)
      FROM (
        SELECT k, CASE WHEN k = 1 THEN '${bench.id}' WHEN k % 10 = 0 THEN NULL ELSE 'nat-bench-c-' || (1 + floor(${n.cohorts} * power(bench_r(k, 17), 1.5))::int) END AS cohort
          FROM generate_series(1, ${n.cases}) k
      ) x
      LEFT JOIN LATERAL (SELECT "createdById" AS author FROM "Cohort" WHERE "id" = x.cohort) a ON true`,
  );
  // The reply's space ("cohortId", decision 026) is filled here by a join with its case, and the cases'
  // reply words are added up once per case below: the app's row triggers would do both once per reply
  // (101 s of the national build for the space alone). They are off for this one bulk statement only.
  const bulkTriggers = ["ForumReply_space", "ForumReply_words_insert"];
  for (const trigger of bulkTriggers)
    await db.$executeRawUnsafe(`ALTER TABLE "ForumReply" DISABLE TRIGGER "${trigger}"`);
  await run(
    "replies",
    `
    INSERT INTO "ForumReply" ("id", "caseId", "cohortId", "authorId", "authorDomain", "body", "createdAt")
    SELECT 'nat-bench-r-' || r, c."id", c."cohortId", 'nat-bench-u-' || (1 + floor(${participants} * bench_r(r, 20))::int), (ARRAY['SPORT','ZORG','WELZIJN','ANDERS']::"Domain"[])[1 + r % 4],
           'Herkenbaar. Bij ons hielp het om over ' || bench_pick(${sqlArray(WORDS)}, r, 21) || ' te praten met ' || bench_pick(${sqlArray(WORDS)}, r, 22)
             || '. Let op ' || bench_pick(${sqlArray(WORDS)}, r, 23) || '. Reactie ' || r || '.',
           timestamptz '2026-11-01' + make_interval(mins => r)
      FROM (SELECT r, CASE WHEN r <= 50 THEN 1 ELSE 2 + floor((${n.cases} - 1) * power(bench_r(r, 24), 2))::int END AS k FROM generate_series(1, ${n.replies}) r) x
      JOIN "ForumCase" c ON c."id" = 'nat-bench-k-' || x.k`,
  );
  for (const trigger of bulkTriggers)
    await db.$executeRawUnsafe(`ALTER TABLE "ForumReply" ENABLE TRIGGER "${trigger}"`);
  await run(
    "case reply words",
    `
    UPDATE "ForumCase" c SET "replyWords" = w.words
      FROM (SELECT "caseId", forum_tsvector_agg("search" ORDER BY "createdAt", "id") AS words FROM "ForumReply"
             WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL GROUP BY "caseId") w
     WHERE w."caseId" = c."id"`,
  );
  await run(
    "last reply times",
    `
    UPDATE "ForumCase" c SET "lastReplyAt" = r.last FROM (SELECT "caseId", max("createdAt") AS last FROM "ForumReply" GROUP BY "caseId") r WHERE r."caseId" = c."id"`,
  );

  // Evaluation: receipts of memberships (not of the submitters' cohorts), and as many anonymous responses per cohort.
  const submitterCount = options.submitters ?? 600;
  const submitterCohorts = await db.$queryRawUnsafe<{ cohortId: string }[]>(`
    SELECT "cohortId" FROM (
      SELECT m."cohortId", sum(count(*)) OVER (ORDER BY m."cohortId" = '${bench.id}' DESC, c."startsOn" DESC, m."cohortId") AS running
        FROM "CohortMember" m JOIN "Cohort" c ON c."id" = m."cohortId" WHERE m."role" = 'PARTICIPANT' GROUP BY m."cohortId", c."startsOn"
    ) x WHERE running - 0 <= ${submitterCount} OR "cohortId" = '${bench.id}'`);
  const excluded = submitterCohorts.map((row) => `'${row.cohortId}'`).join(",") || "''";
  await run(
    "evaluation receipts",
    `
    INSERT INTO "EvaluationReceipt" ("userId", "cohortId", "submittedAt")
    SELECT "userId", "cohortId", now() FROM "CohortMember"
     WHERE "role" = 'PARTICIPANT' AND "cohortId" NOT IN (${excluded})
     ORDER BY bench_r(hashtext("userId" || "cohortId"), 30) LIMIT ${n.responses}`,
  );
  await run(
    "evaluation responses",
    `
    INSERT INTO "EvaluationResponse" ("id", "cohortId", "questionnaireVersion", "sector", "submittedWeek")
    SELECT 'nat-bench-s-' || row_number() OVER (), r."cohortId", 1, (ARRAY['sport','zorg','welzijn','anders'])[1 + floor(4 * bench_r(hashtext(r."userId"), 31))::int],
           date_trunc('week', c."endsOn")::date
      FROM "EvaluationReceipt" r JOIN "Cohort" c ON c."id" = r."cohortId"`,
  );
  const scaleItems = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "D3", "E1"];
  await run(
    "evaluation answers",
    `
    INSERT INTO "EvaluationAnswer" ("responseId", "itemId", "number", "text", "choices")
    SELECT s."id", 'A1', NULL::int, NULL::text, ARRAY[s."sector"] FROM "EvaluationResponse" s
    UNION ALL
    SELECT s."id", 'B1', NULL, NULL, ARRAY[(ARRAY['ja','nee','weet-niet'])[1 + floor(3 * bench_r(hashtext(s."id"), 32))::int]] FROM "EvaluationResponse" s
    UNION ALL
    SELECT s."id", item, 1 + floor(10 * power(bench_r(hashtext(s."id" || item), 33), 0.6))::int,
           CASE WHEN bench_r(hashtext(s."id" || item), 34) < 0.1 THEN 'Omdat het over ' || bench_pick(${sqlArray(WORDS)}, hashtext(s."id" || item), 35) || ' ging.' END, '{}'
      FROM "EvaluationResponse" s, unnest(${sqlArray(scaleItems)}) item
    UNION ALL
    SELECT s."id", 'E3', NULL, 'Mooi om mensen uit de andere sector te leren kennen.', '{}' FROM "EvaluationResponse" s WHERE bench_r(hashtext(s."id"), 36) < 0.3`,
  );
  await run("evaluation release batches", RELEASE_IN_BATCHES_OF_5);

  // Lesson progress: each membership completed its first k lessons, k drawn so the total is about the target.
  const [{ members }] = await db.$queryRawUnsafe<{ members: number }[]>(
    `SELECT count(*)::int AS members FROM "CohortMember" WHERE "role" = 'PARTICIPANT'`,
  );
  const perMember = n.progress / members;
  const exponent = Math.max(0.01, (lessons.length + 1) / (perMember + 0.5) - 1);
  await run(
    "lesson progress",
    `
    INSERT INTO "LessonProgress" ("userId", "cohortId", "moduleKey", "lessonSlug", "completedAt")
    SELECT m."userId", m."cohortId", l.key, l.slug, c."startsOn" + l.n::int
      FROM "CohortMember" m JOIN "Cohort" c ON c."id" = m."cohortId",
           LATERAL (SELECT floor(${lessons.length + 1} * power(bench_r(hashtext(m."userId" || m."cohortId"), 40), ${exponent}))::int AS k) k,
           unnest(${sqlArray(lessons.map((lesson) => lesson.moduleKey))}, ${sqlArray(lessons.map((lesson) => lesson.slug))}) WITH ORDINALITY AS l(key, slug, n)
     WHERE m."role" = 'PARTICIPANT' AND l.n <= k.k`,
  );
  await run(
    "certificates",
    `
    INSERT INTO "Certificate" ("id", "code", "userId", "cohortId", "nameOnCertificate", "courseTitle", "studyMinutes", "completedOn")
    SELECT 'nat-bench-z-' || row_number() OVER (), upper(md5(r."userId" || r."cohortId")), r."userId", r."cohortId", u."name", 'Buiten de Lijnen', 480, c."endsOn"
      FROM "EvaluationReceipt" r JOIN "User" u ON u."id" = r."userId" JOIN "Cohort" c ON c."id" = r."cohortId"
     ORDER BY r."cohortId", r."userId" LIMIT ${n.certificates}`,
  );

  // As on the small set: the bench participant has read four modules, holds a certificate, and has a session per submitter.
  await factories(db).user({ email: "beheer@bench.nl", role: "ADMIN", password: BENCH_PASSWORD });
  const certificateCode = generateVerificationCode();
  await db.certificate.create({
    data: {
      code: certificateCode,
      userId: bench.participant,
      cohortId: bench.id,
      nameOnCertificate: `Deelnemer`,
      courseTitle: version.files.title,
      studyMinutes: 480,
      completedOn: new Date("2026-12-10"),
    },
  });
  await db.$executeRawUnsafe(`DROP FUNCTION bench_pick(text[], bigint, bigint)`);
  await db.$executeRawUnsafe(`DROP FUNCTION bench_r(bigint, bigint)`);
  await db.$executeRawUnsafe(`ANALYZE`);

  const submitterRows = await db.$queryRawUnsafe<{ userId: string; cohortId: string }[]>(`
    SELECT "userId", "cohortId" FROM "CohortMember" WHERE "role" = 'PARTICIPANT' AND "cohortId" IN (${excluded}) AND "userId" <> '${bench.participant}'
     ORDER BY "cohortId" = '${bench.id}' DESC, "cohortId", "userId" LIMIT ${submitterCount}`);
  const { createSession, sessionCookie } = await import("../../app/modules/auth/session.server");
  const submitters: BenchData["submitters"] = [];
  for (const row of submitterRows) {
    const session = await createSession(row.userId);
    submitters.push({
      cohortId: row.cohortId,
      cookie: (await sessionCookie.serialize(session.token)).split(";")[0],
    });
  }
  // A real programme's reports add each cohort's evaluation sums as its batches are released (decision 035);
  // this set's 60,000 responses arrive at once, so they are added here, as the first report would.
  const summed = Date.now();
  const { loadCohortSums } = await import("../../app/modules/evaluation/cohort-sums.server");
  const { coreItems } = await import("../../app/modules/evaluation/questionnaire");
  const cohortsSummed = (await loadCohortSums(coreItems())).size;
  const summedIn = ((Date.now() - summed) / 1000).toFixed(1);
  log(`  evaluation sums: ${cohortsSummed} cohorts in ${summedIn} s`);
  // Years of data are long vacuumed: the first pages measured must not race autovacuum and the checkpointer.
  for (const sql of ["VACUUM (ANALYZE)", "CHECKPOINT"]) await run(sql.toLowerCase(), sql);
  const rows = Object.fromEntries(
    (
      await db.$queryRawUnsafe<{ relname: string; n: number }[]>(
        `SELECT c.relname::text AS relname, c.reltuples::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE '\\_%' ORDER BY c.relname`,
      )
    ).map((row) => [row.relname, row.n]),
  );
  const [club] = await db.$queryRawUnsafe<{ email: string }[]>(
    `SELECT u."email" FROM "OrgMembership" m JOIN "User" u ON u."id" = m."userId" WHERE m."orgId" = 'nat-bench-o-1' AND m."role" = 'ADMIN' LIMIT 1`,
  );
  const module = version.files.core[3] ?? version.files.core[0];
  return {
    facilitatorEmail: "begeleider@bench.nl",
    adminEmail: "beheer@bench.nl",
    participantEmail: "deelnemer0@bench.nl",
    cohortId: bench.id,
    bigCaseId: "nat-bench-k-1",
    lessonPath: `${module.key}/${module.lessons[0].slug}`,
    certificateCode,
    submitters,
    counts: n,
    rows,
    seconds: (Date.now() - started) / 1000,
    clubOrgId: "nat-bench-o-1",
    clubAdminEmail: club.email,
  };
}
