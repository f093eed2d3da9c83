-- AlterTable
ALTER TABLE "User" ADD COLUMN     "replyDigest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mailOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "CaseFollow" (
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "following" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseFollow_pkey" PRIMARY KEY ("userId","caseId")
);

-- CreateTable
CREATE TABLE "SentMail" (
    "jobKey" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentMail_pkey" PRIMARY KEY ("jobKey","recipient")
);

-- CreateIndex
CREATE INDEX "CaseFollow_caseId_idx" ON "CaseFollow"("caseId");

-- CreateIndex
CREATE INDEX "SentMail_sentAt_idx" ON "SentMail"("sentAt");

-- AddForeignKey
ALTER TABLE "CaseFollow" ADD CONSTRAINT "CaseFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFollow" ADD CONSTRAINT "CaseFollow_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "ForumCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing cases: authors and repliers follow them, as new cases do.
INSERT INTO "CaseFollow" ("userId", "caseId")
SELECT "authorId", "id" FROM "ForumCase"
UNION
SELECT "authorId", "caseId" FROM "ForumReply"
ON CONFLICT DO NOTHING;

-- AlterTable
ALTER TABLE "OutboxMail" ADD COLUMN     "headers" JSONB;
