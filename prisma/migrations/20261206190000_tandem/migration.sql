-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "tandemRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Tandem" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "sportUserId" TEXT NOT NULL,
    "socialUserId" TEXT NOT NULL,
    "sportSaw" TEXT,
    "sportTakes" TEXT,
    "sportAt" TIMESTAMP(3),
    "socialSaw" TEXT,
    "socialTakes" TEXT,
    "socialAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tandem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Tandem_sportUserId_idx" ON "Tandem"("sportUserId");

-- CreateIndex
CREATE INDEX "Tandem_socialUserId_idx" ON "Tandem"("socialUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Tandem_cohortId_sportUserId_key" ON "Tandem"("cohortId", "sportUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Tandem_cohortId_socialUserId_key" ON "Tandem"("cohortId", "socialUserId");

-- AddForeignKey
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_sportUserId_fkey" FOREIGN KEY ("sportUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tandem" ADD CONSTRAINT "Tandem_socialUserId_fkey" FOREIGN KEY ("socialUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
