-- Indexes for foreign keys that the hot pages join over (found by
-- tests/integration/query-plans.test.ts on a fifth of the national data set).

-- CreateIndex
CREATE INDEX "Cohort_coreVersionId_idx" ON "Cohort"("coreVersionId");

-- CreateIndex
CREATE INDEX "CohortOrganisation_orgId_idx" ON "CohortOrganisation"("orgId");

-- CreateIndex
CREATE INDEX "Attendance_userId_idx" ON "Attendance"("userId");

-- CreateIndex
CREATE INDEX "ForumCase_authorId_idx" ON "ForumCase"("authorId");

-- CreateIndex
CREATE INDEX "ForumReply_authorId_idx" ON "ForumReply"("authorId");

-- CreateIndex
CREATE INDEX "HelpfulMark_userId_idx" ON "HelpfulMark"("userId");

-- CreateIndex
CREATE INDEX "ThreadRead_caseId_idx" ON "ThreadRead"("caseId");

-- CreateIndex
CREATE INDEX "EvaluationDraft_cohortId_idx" ON "EvaluationDraft"("cohortId");

-- CreateIndex
CREATE INDEX "EvaluationReceipt_cohortId_idx" ON "EvaluationReceipt"("cohortId");

-- CreateIndex
CREATE INDEX "Certificate_cohortId_idx" ON "Certificate"("cohortId");
