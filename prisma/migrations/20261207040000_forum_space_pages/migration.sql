-- A space's list reads one page from an index (issue 20, decision 034).
-- The space lists its cases newest activity first ("lastReplyAt" DESC, "id" DESC).
-- A cohort's space ("cohortId" = $1): one index in that order replaces the one
-- on ("cohortId", "lastReplyAt"), which made PostgreSQL read and sort every case
-- of the space for each page.
CREATE INDEX "ForumCase_cohortId_lastReplyAt_id_idx" ON "ForumCase"("cohortId", "lastReplyAt" DESC, "id" DESC);
DROP INDEX "ForumCase_cohortId_lastReplyAt_idx";

-- The course-wide space ("cohortId" IS NULL: 3,000 cases on the national set):
-- IS NULL is no equality for the planner, so the index above cannot give its
-- order; a partial index in that order can (first page 14-43 ms -> 0.3 ms).
CREATE INDEX "ForumCase_coursewide_lastReplyAt_idx" ON "ForumCase"("lastReplyAt" DESC, "id" DESC) WHERE "cohortId" IS NULL;

-- Removed cases of a space (listed as tombstones while replies live under them):
-- few, found without reading the space's live cases.
CREATE INDEX "ForumCase_removed_idx" ON "ForumCase"("cohortId") WHERE "deletedAt" IS NOT NULL;
