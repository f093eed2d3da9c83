-- Indexes for the foreign keys that the lesson page joins over since the
-- reflections and check answers were merged (found by
-- tests/integration/query-plans.test.ts after merging issue 20).

-- CreateIndex
CREATE INDEX "Reflection_cohortId_idx" ON "Reflection"("cohortId");

-- CreateIndex
CREATE INDEX "CheckAnswer_cohortId_idx" ON "CheckAnswer"("cohortId");
