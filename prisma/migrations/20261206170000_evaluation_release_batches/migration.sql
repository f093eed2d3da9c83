-- Release batches for evaluation responses (issue 17, decision 008 rule 6,
-- decision 024). A response counts in a report only once it belongs to a
-- release batch; a batch is formed when at least 5 not-yet-released responses
-- of a cohort exist, so two reports read at different times differ by 0 or by
-- at least 5 responses. No time is stored: only the batch number.
ALTER TABLE "EvaluationResponse" ADD COLUMN "releaseBatch" INTEGER;

-- Responses that reports already showed (cohorts with 5 or more) stay shown:
-- they form batch 1 of their cohort. Cohorts under 5 showed nothing and wait.
UPDATE "EvaluationResponse" r SET "releaseBatch" = 1
 WHERE r."cohortId" IN (SELECT "cohortId" FROM "EvaluationResponse" GROUP BY "cohortId" HAVING count(*) >= 5);

-- Reports read released responses per cohort and batch; streamed exports page by (cohort, batch, id).
CREATE INDEX "EvaluationResponse_cohortId_releaseBatch_id_idx" ON "EvaluationResponse"("cohortId", "releaseBatch", "id");
