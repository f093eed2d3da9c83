-- Issue 20, decision 035: what each cohort's released batches add up to, as the
-- disclosure module decided them, so that the admin report adds 3,000 cohorts'
-- sums instead of counting and deciding 12,000 batches on every request.
-- Derived data: a row is rebuilt when its cohort's released responses change
-- (their number or the last batch), or when the items or rules do ("itemsKey").
CREATE TABLE "EvaluationCohortSums" (
    "cohortId" TEXT NOT NULL,
    "itemsKey" TEXT NOT NULL,
    "responses" INTEGER NOT NULL,
    "maxBatch" INTEGER NOT NULL,
    "releasedBatches" INTEGER[],
    "sums" JSONB NOT NULL,
    CONSTRAINT "EvaluationCohortSums_pkey" PRIMARY KEY ("cohortId")
);

-- Answers per item, sector group ('all' for the whole) and score or option, over the released cells only.
CREATE TABLE "EvaluationCohortValue" (
    "cohortId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "grp" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "EvaluationCohortValue_pkey" PRIMARY KEY ("cohortId", "itemId", "grp", "value")
);

ALTER TABLE "EvaluationCohortSums" ADD CONSTRAINT "EvaluationCohortSums_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EvaluationCohortValue" ADD CONSTRAINT "EvaluationCohortValue_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The report's first free texts per item walk an item's answers in response order and stop after a page.
DROP INDEX "EvaluationAnswer_itemId_idx";
CREATE INDEX "EvaluationAnswer_itemId_responseId_idx" ON "EvaluationAnswer"("itemId", "responseId");
