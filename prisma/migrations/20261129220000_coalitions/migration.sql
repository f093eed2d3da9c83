-- CreateEnum
CREATE TYPE "CoalitionRole" AS ENUM ('MEMBER', 'COORDINATOR');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('POSITIEF', 'NEGATIEF', 'KWARTJE');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');

-- CreateTable
CREATE TABLE "Coalition" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ambition" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Coalition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoalitionPartner" (
    "coalitionId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoalitionPartner_pkey" PRIMARY KEY ("coalitionId","orgId")
);

-- CreateTable
CREATE TABLE "CoalitionMember" (
    "coalitionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "role" "CoalitionRole" NOT NULL DEFAULT 'MEMBER',
    "roleTitle" TEXT NOT NULL DEFAULT '',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "CoalitionMember_pkey" PRIMARY KEY ("coalitionId","userId")
);

-- CreateTable
CREATE TABLE "CoalitionCohort" (
    "coalitionId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,

    CONSTRAINT "CoalitionCohort_pkey" PRIMARY KEY ("coalitionId","cohortId")
);

-- CreateTable
CREATE TABLE "TimelineBoard" (
    "id" TEXT NOT NULL,
    "coalitionId" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "conclusions" TEXT NOT NULL DEFAULT '',
    "number" INTEGER,
    "savedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineBoard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineNote" (
    "id" TEXT NOT NULL,
    "boardId" TEXT NOT NULL,
    "eventId" TEXT,
    "date" DATE NOT NULL,
    "kind" "NoteKind" NOT NULL,
    "aspect" TEXT,
    "text" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "authorId" TEXT,
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimelineNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanRound" (
    "id" TEXT NOT NULL,
    "coalitionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ScanRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanReceipt" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScanReceipt_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "ScanResponse" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,

    CONSTRAINT "ScanResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanAnswer" (
    "responseId" TEXT NOT NULL,
    "aspect" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "why" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ScanAnswer_pkey" PRIMARY KEY ("responseId","aspect")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "coalitionId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ownerOrgId" TEXT NOT NULL,
    "personName" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'OPEN',
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverNote" (
    "coalitionId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "roleTitle" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT NOT NULL,

    CONSTRAINT "HandoverNote_pkey" PRIMARY KEY ("coalitionId","orgId","roleTitle")
);

-- CreateIndex
CREATE INDEX "CoalitionPartner_orgId_idx" ON "CoalitionPartner"("orgId");

-- CreateIndex
CREATE INDEX "CoalitionMember_userId_idx" ON "CoalitionMember"("userId");

-- CreateIndex
CREATE INDEX "TimelineBoard_coalitionId_idx" ON "TimelineBoard"("coalitionId");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineBoard_coalitionId_number_key" ON "TimelineBoard"("coalitionId", "number");

-- CreateIndex
CREATE INDEX "TimelineEvent_boardId_date_idx" ON "TimelineEvent"("boardId", "date");

-- CreateIndex
CREATE INDEX "TimelineNote_boardId_date_idx" ON "TimelineNote"("boardId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ScanRound_coalitionId_number_key" ON "ScanRound"("coalitionId", "number");

-- CreateIndex
CREATE INDEX "ScanResponse_roundId_idx" ON "ScanResponse"("roundId");

-- CreateIndex
CREATE INDEX "Agreement_coalitionId_idx" ON "Agreement"("coalitionId");

-- CreateIndex
CREATE INDEX "Agreement_status_dueOn_idx" ON "Agreement"("status", "dueOn");

-- AddForeignKey
ALTER TABLE "CoalitionPartner" ADD CONSTRAINT "CoalitionPartner_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionPartner" ADD CONSTRAINT "CoalitionPartner_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionMember" ADD CONSTRAINT "CoalitionMember_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionMember" ADD CONSTRAINT "CoalitionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionMember" ADD CONSTRAINT "CoalitionMember_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionCohort" ADD CONSTRAINT "CoalitionCohort_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionCohort" ADD CONSTRAINT "CoalitionCohort_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineBoard" ADD CONSTRAINT "TimelineBoard_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "TimelineBoard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineNote" ADD CONSTRAINT "TimelineNote_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "TimelineBoard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineNote" ADD CONSTRAINT "TimelineNote_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineNote" ADD CONSTRAINT "TimelineNote_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineNote" ADD CONSTRAINT "TimelineNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanRound" ADD CONSTRAINT "ScanRound_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanReceipt" ADD CONSTRAINT "ScanReceipt_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ScanRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanReceipt" ADD CONSTRAINT "ScanReceipt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanResponse" ADD CONSTRAINT "ScanResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ScanRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScanAnswer" ADD CONSTRAINT "ScanAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ScanResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverNote" ADD CONSTRAINT "HandoverNote_coalitionId_fkey" FOREIGN KEY ("coalitionId") REFERENCES "Coalition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandoverNote" ADD CONSTRAINT "HandoverNote_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

