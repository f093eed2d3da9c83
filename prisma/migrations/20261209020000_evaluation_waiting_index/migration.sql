-- The admin report counts the responses still waiting for their batch per cohort
-- (issue 20). Without an index that is a sequential scan of every response in the
-- country (50 ms on the national set, each report); waiting responses are few
-- (fewer than five per cohort), so a partial index holds only them.
CREATE INDEX "EvaluationResponse_waiting_idx" ON "EvaluationResponse"("cohortId") WHERE "releaseBatch" IS NULL;
