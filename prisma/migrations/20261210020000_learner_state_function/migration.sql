-- A lesson page's one query for the cohort's run and the learner's own
-- progress, answers and reflections (learner-state.server.ts). As a plain
-- statement PostgreSQL planned its five branches on every page view: 0.56 ms
-- of the backend's CPU against 0.15 ms with a prepared plan. Inside a PL/pgSQL
-- function the plan is prepared once per connection (decision 038).
CREATE FUNCTION learner_state(cohort_id text, user_id text, module_key text)
RETURNS TABLE ("kind" text, "key" text, "option" integer, "text" text, "pin" text, "fresh" text[])
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    SELECT 'v'::text, c."coreVersionId", NULL::int, NULL::text, NULL::text, NULL::text[]
      FROM "Cohort" c WHERE c."id" = cohort_id
    UNION ALL
    SELECT 'm', m."moduleKey", m."position", CASE WHEN m."required" THEN 't' ELSE 'f' END,
           COALESCE(m."localVersionId", (SELECT lm."publishedVersionId" FROM "LocalModule" lm
                                          WHERE m."moduleKey" LIKE 'lm/%' AND lm."id" = substr(m."moduleKey", 4))),
           m."newLessons"
      FROM "CohortModule" m WHERE m."cohortId" = cohort_id
    UNION ALL
    SELECT 'p', p."moduleKey" || '/' || p."lessonSlug", NULL, NULL, NULL, NULL
      FROM "LessonProgress" p WHERE p."userId" = user_id AND p."cohortId" = cohort_id
    UNION ALL
    SELECT 'c', a."checkId", a."optionIndex", NULL, NULL, NULL FROM "CheckAnswer" a
      WHERE a."userId" = user_id AND a."cohortId" = cohort_id AND a."moduleKey" = module_key
    UNION ALL
    SELECT 'r', r."reflectionId", NULL, r."text", NULL, NULL FROM "Reflection" r
      WHERE r."userId" = user_id AND r."cohortId" = cohort_id AND r."moduleKey" = module_key;
END
$$;
