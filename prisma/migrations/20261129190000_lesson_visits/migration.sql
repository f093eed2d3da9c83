-- CreateTable
CREATE TABLE "LessonVisit" (
    "userId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "moduleKey" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonVisit_pkey" PRIMARY KEY ("userId","cohortId","moduleKey","lessonSlug")
);

-- CreateIndex
CREATE INDEX "LessonVisit_cohortId_idx" ON "LessonVisit"("cohortId");

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonVisit" ADD CONSTRAINT "LessonVisit_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
