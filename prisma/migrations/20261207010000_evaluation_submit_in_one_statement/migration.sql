-- The evaluation submit in one round trip (decision 031). Until now a submit
-- was a transaction of five round trips: BEGIN, the per-cohort release lock,
-- the submit statement, the release statement, COMMIT. The lock must be held
-- before the release reads the waiting responses (a statement that took the
-- lock halfway would still read the snapshot from before it), so the steps
-- cannot become one SQL statement; a function runs them one after the other
-- inside the caller's single statement, and every statement in a VOLATILE
-- function reads a fresh snapshot. What each step does is unchanged.

-- Release batches (decision 008, rule 6): takes the cohort's release lock and,
-- when at least min_group responses wait, gives all of them the next batch.
CREATE FUNCTION evaluation_release_waiting(cohort_id text, min_group integer)
RETURNS integer LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  released integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('evaluation-release'), hashtext(cohort_id));
  WITH waiting AS (SELECT "id" FROM "EvaluationResponse" WHERE "cohortId" = cohort_id AND "releaseBatch" IS NULL),
       next AS (SELECT COALESCE(max("releaseBatch"), 0) + 1 AS "batch" FROM "EvaluationResponse" WHERE "cohortId" = cohort_id)
  UPDATE "EvaluationResponse" SET "releaseBatch" = (SELECT "batch" FROM next)
   WHERE "id" IN (SELECT "id" FROM waiting) AND (SELECT count(*) FROM waiting) >= min_group;
  GET DIAGNOSTICS released = ROW_COUNT;
  RETURN released;
END $$;

-- Sends a participant's evaluation exactly once (see submit-evaluation.server.ts):
-- the release lock first, then the receipt (ON CONFLICT DO NOTHING: a double
-- click finds it taken) and only when it went in the anonymous response, its
-- answers and the removal of the draft, then the release. No link between
-- receipt and response is stored.
CREATE FUNCTION evaluation_submit(
  user_id text, cohort_id text, response_id text, questionnaire_version integer,
  sector text, submitted_week date, answers jsonb, min_group integer)
RETURNS TABLE ("open" boolean, "submitted" boolean) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  is_open boolean;
  is_submitted boolean;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('evaluation-release'), hashtext(cohort_id));
  WITH open AS (
         SELECT 1 FROM "Cohort" WHERE "id" = cohort_id AND "evaluationOpenedAt" IS NOT NULL),
       receipt AS (
         INSERT INTO "EvaluationReceipt" ("userId", "cohortId")
         SELECT user_id, cohort_id WHERE EXISTS (SELECT 1 FROM open)
         ON CONFLICT DO NOTHING RETURNING 1),
       response AS (
         INSERT INTO "EvaluationResponse" ("id", "cohortId", "questionnaireVersion", "sector", "submittedWeek")
         SELECT response_id, cohort_id, questionnaire_version, sector, submitted_week WHERE EXISTS (SELECT 1 FROM receipt)
         RETURNING "id"),
       written AS (
         INSERT INTO "EvaluationAnswer" ("responseId", "itemId", "number", "text", "choices")
         SELECT response."id", a."itemId", a."number", a."text", ARRAY(SELECT jsonb_array_elements_text(a."choices"))
           FROM response, jsonb_to_recordset(answers) AS a("itemId" text, "number" int, "text" text, "choices" jsonb)
         RETURNING 1),
       draft AS (
         DELETE FROM "EvaluationDraft" WHERE "userId" = user_id AND "cohortId" = cohort_id AND EXISTS (SELECT 1 FROM receipt)
         RETURNING 1)
  SELECT EXISTS (SELECT 1 FROM open), EXISTS (SELECT 1 FROM receipt)
    INTO is_open, is_submitted
    FROM (SELECT (SELECT count(*) FROM written) AS "answers", (SELECT count(*) FROM draft) AS "drafts") AS done;
  PERFORM evaluation_release_waiting(cohort_id, min_group);
  RETURN QUERY SELECT is_open, is_submitted;
END $$;
