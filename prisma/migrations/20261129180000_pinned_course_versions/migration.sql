-- Versions that really pin (decision 006): lesson texts of registered core
-- versions by content hash, and the pinned version of each local module.

-- CreateTable
CREATE TABLE "LessonSource" (
    "hash" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonSource_pkey" PRIMARY KEY ("hash")
);

-- AlterTable
ALTER TABLE "CohortModule" ADD COLUMN "localVersionId" TEXT,
ADD COLUMN "newLessons" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AddForeignKey
ALTER TABLE "CohortModule" ADD CONSTRAINT "CohortModule_localVersionId_fkey" FOREIGN KEY ("localVersionId") REFERENCES "LocalModuleVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Running cohorts keep what they follow today: the published (or newest published) version.
UPDATE "CohortModule" m
   SET "localVersionId" = (
         SELECT v."id" FROM "LocalModuleVersion" v JOIN "LocalModule" lm ON lm."id" = v."moduleId"
          WHERE lm."id" = COALESCE(m."localModuleId", substr(m."moduleKey", 4)) AND v."publishedAt" IS NOT NULL
          ORDER BY (v."id" = lm."publishedVersionId") DESC, v."number" DESC
          LIMIT 1)
 WHERE m."moduleKey" LIKE 'lm/%';
