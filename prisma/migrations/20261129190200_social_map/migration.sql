-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "socialMapDefaults" JSONB;

-- CreateTable
CREATE TABLE "SocialMap" (
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SocialMap_pkey" PRIMARY KEY ("userId","cohortId")
);

-- AddForeignKey
ALTER TABLE "SocialMap" ADD CONSTRAINT "SocialMap_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SocialMap" ADD CONSTRAINT "SocialMap_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
