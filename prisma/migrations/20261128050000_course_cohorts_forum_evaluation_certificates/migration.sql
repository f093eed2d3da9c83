-- CreateEnum
CREATE TYPE "ModuleStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "CohortRole" AS ENUM ('PARTICIPANT', 'FACILITATOR', 'CO_FACILITATOR');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notifyReplies" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "OrgMembership" ADD COLUMN     "trainedConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "trainedConfirmedById" TEXT,
ADD COLUMN     "vogSeenById" TEXT,
ADD COLUMN     "vogSeenOn" DATE,
ADD COLUMN     "volunteerTypes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "cohortId" TEXT;

-- CreateTable
CREATE TABLE "CoreVersion" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "manifest" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoreVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompiledContent" (
    "hash" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "frontmatter" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompiledContent_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "LocalModule" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "orgId" TEXT,
    "region" TEXT,
    "status" "ModuleStatus" NOT NULL DEFAULT 'DRAFT',
    "copiedFromId" TEXT,
    "publishedVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LocalModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalModuleVersion" (
    "id" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "goals" TEXT[],
    "lessons" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "LocalModuleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonProgress" (
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "moduleKey" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonProgress_pkey" PRIMARY KEY ("userId","cohortId","moduleKey","lessonSlug")
);

-- CreateTable
CREATE TABLE "Reflection" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "reflectionId" TEXT NOT NULL,
    "moduleKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sharedCaseId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reflection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckAnswer" (
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "moduleKey" TEXT NOT NULL,
    "optionIndex" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckAnswer_pkey" PRIMARY KEY ("userId","cohortId","checkId")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "capacity" INTEGER,
    "coreVersionId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "minEvenings" INTEGER NOT NULL DEFAULT 0,
    "requireEvaluation" BOOLEAN NOT NULL DEFAULT true,
    "evaluationOpenedAt" TIMESTAMP(3),

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortOrganisation" (
    "cohortId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,

    CONSTRAINT "CohortOrganisation_pkey" PRIMARY KEY ("cohortId","orgId")
);

-- CreateTable
CREATE TABLE "CohortMember" (
    "cohortId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "CohortRole" NOT NULL DEFAULT 'PARTICIPANT',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "CohortMember_pkey" PRIMARY KEY ("cohortId","userId")
);

-- CreateTable
CREATE TABLE "CohortModule" (
    "cohortId" TEXT NOT NULL,
    "moduleKey" TEXT NOT NULL,
    "localModuleId" TEXT,
    "position" INTEGER NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CohortModule_pkey" PRIMARY KEY ("cohortId","moduleKey")
);

-- CreateTable
CREATE TABLE "Evening" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "prepareModules" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "eveningId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("eveningId","userId")
);

-- CreateTable
CREATE TABLE "ForumCase" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT,
    "authorId" TEXT NOT NULL,
    "pseudonymous" BOOLEAN NOT NULL DEFAULT false,
    "authorDomain" "Domain",
    "authorTown" TEXT,
    "title" TEXT NOT NULL,
    "situation" TEXT NOT NULL,
    "whatIDid" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "themes" TEXT[],
    "moduleKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReplyAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "lockedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ForumCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumReply" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "pseudonymous" BOOLEAN NOT NULL DEFAULT false,
    "authorDomain" "Domain",
    "body" TEXT NOT NULL,
    "mostHelpful" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenReason" TEXT,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ForumReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumEdit" (
    "id" TEXT NOT NULL,
    "caseId" TEXT,
    "replyId" TEXT,
    "previous" JSONB NOT NULL,
    "editedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpfulMark" (
    "replyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "HelpfulMark_pkey" PRIMARY KEY ("replyId","userId")
);

-- CreateTable
CREATE TABLE "ForumReport" (
    "id" TEXT NOT NULL,
    "caseId" TEXT,
    "replyId" TEXT,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ForumReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThreadRead" (
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "lastReadAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThreadRead_pkey" PRIMARY KEY ("userId","caseId")
);

-- CreateTable
CREATE TABLE "PendingNotification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "replyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "PendingNotification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationDraft" (
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationDraft_pkey" PRIMARY KEY ("userId","cohortId")
);

-- CreateTable
CREATE TABLE "EvaluationReceipt" (
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationReceipt_pkey" PRIMARY KEY ("userId","cohortId")
);

-- CreateTable
CREATE TABLE "EvaluationResponse" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "questionnaireVersion" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "submittedWeek" DATE NOT NULL,

    CONSTRAINT "EvaluationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationAnswer" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER,
    "text" TEXT,
    "choices" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "EvaluationAnswer_pkey" PRIMARY KEY ("responseId","itemId")
);

-- CreateTable
CREATE TABLE "LocalQuestion" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "wording" TEXT NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "LocalQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "nameOnCertificate" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "studyMinutes" INTEGER NOT NULL,
    "completedOn" DATE NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "manualReason" TEXT,
    "issuedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedById" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LocalModuleVersion_moduleId_number_key" ON "LocalModuleVersion"("moduleId", "number");

-- CreateIndex
CREATE INDEX "LessonProgress_cohortId_idx" ON "LessonProgress"("cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "Reflection_userId_cohortId_reflectionId_key" ON "Reflection"("userId", "cohortId", "reflectionId");

-- CreateIndex
CREATE INDEX "CohortMember_userId_idx" ON "CohortMember"("userId");

-- CreateIndex
CREATE INDEX "Evening_cohortId_startsAt_idx" ON "Evening"("cohortId", "startsAt");

-- CreateIndex
CREATE INDEX "ForumCase_cohortId_lastReplyAt_idx" ON "ForumCase"("cohortId", "lastReplyAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumReply_idempotencyKey_key" ON "ForumReply"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ForumReply_caseId_createdAt_idx" ON "ForumReply"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "PendingNotification_sentAt_userId_idx" ON "PendingNotification"("sentAt", "userId");

-- CreateIndex
CREATE INDEX "EvaluationResponse_cohortId_idx" ON "EvaluationResponse"("cohortId");

-- CreateIndex
CREATE INDEX "EvaluationAnswer_itemId_idx" ON "EvaluationAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "LocalQuestion_cohortId_position_key" ON "LocalQuestion"("cohortId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_userId_cohortId_key" ON "Certificate"("userId", "cohortId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalModule" ADD CONSTRAINT "LocalModule_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalModule" ADD CONSTRAINT "LocalModule_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalModuleVersion" ADD CONSTRAINT "LocalModuleVersion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "LocalModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonProgress" ADD CONSTRAINT "LessonProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonProgress" ADD CONSTRAINT "LessonProgress_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reflection" ADD CONSTRAINT "Reflection_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckAnswer" ADD CONSTRAINT "CheckAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckAnswer" ADD CONSTRAINT "CheckAnswer_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_coreVersionId_fkey" FOREIGN KEY ("coreVersionId") REFERENCES "CoreVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortOrganisation" ADD CONSTRAINT "CohortOrganisation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortOrganisation" ADD CONSTRAINT "CohortOrganisation_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortMember" ADD CONSTRAINT "CohortMember_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortMember" ADD CONSTRAINT "CohortMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortModule" ADD CONSTRAINT "CohortModule_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evening" ADD CONSTRAINT "Evening_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_eveningId_fkey" FOREIGN KEY ("eveningId") REFERENCES "Evening"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCase" ADD CONSTRAINT "ForumCase_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCase" ADD CONSTRAINT "ForumCase_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReply" ADD CONSTRAINT "ForumReply_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReply" ADD CONSTRAINT "ForumReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumEdit" ADD CONSTRAINT "ForumEdit_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumEdit" ADD CONSTRAINT "ForumEdit_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "ForumReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpfulMark" ADD CONSTRAINT "HelpfulMark_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "ForumReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpfulMark" ADD CONSTRAINT "HelpfulMark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReport" ADD CONSTRAINT "ForumReport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReport" ADD CONSTRAINT "ForumReport_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "ForumReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumReport" ADD CONSTRAINT "ForumReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadRead" ADD CONSTRAINT "ThreadRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreadRead" ADD CONSTRAINT "ThreadRead_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingNotification" ADD CONSTRAINT "PendingNotification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationDraft" ADD CONSTRAINT "EvaluationDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationDraft" ADD CONSTRAINT "EvaluationDraft_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReceipt" ADD CONSTRAINT "EvaluationReceipt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationReceipt" ADD CONSTRAINT "EvaluationReceipt_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationResponse" ADD CONSTRAINT "EvaluationResponse_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationAnswer" ADD CONSTRAINT "EvaluationAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "EvaluationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocalQuestion" ADD CONSTRAINT "LocalQuestion_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text search over practice cases and replies (Dutch configuration).
ALTER TABLE "ForumCase" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
  to_tsvector('dutch', coalesce("title", '') || ' ' || coalesce("situation", '') || ' ' || coalesce("whatIDid", '') || ' ' || coalesce("question", ''))
) STORED;
CREATE INDEX "ForumCase_search_idx" ON "ForumCase" USING GIN ("search");
ALTER TABLE "ForumReply" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', coalesce("body", ''))) STORED;
CREATE INDEX "ForumReply_search_idx" ON "ForumReply" USING GIN ("search");
