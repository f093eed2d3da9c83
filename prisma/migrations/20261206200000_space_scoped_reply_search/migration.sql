-- Full-text search over replies within one forum space (issue 20, decision 026).
-- A reply carries its case's space ("cohortId", NULL for the course-wide space),
-- copied by a trigger, so that the search index can hold the space next to the
-- words: the search reads only the matching replies of the space it searches,
-- not every matching reply of the country.
ALTER TABLE "ForumReply" ADD COLUMN "cohortId" TEXT;

UPDATE "ForumReply" r SET "cohortId" = c."cohortId" FROM "ForumCase" c WHERE c."id" = r."caseId" AND c."cohortId" IS NOT NULL;

CREATE FUNCTION forum_reply_space() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."cohortId" := (SELECT "cohortId" FROM "ForumCase" WHERE "id" = NEW."caseId");
  RETURN NEW;
END $$;

CREATE TRIGGER "ForumReply_space" BEFORE INSERT OR UPDATE OF "caseId", "cohortId" ON "ForumReply"
  FOR EACH ROW EXECUTE FUNCTION forum_reply_space();

CREATE FUNCTION forum_case_space() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ForumReply" SET "cohortId" = NEW."cohortId" WHERE "caseId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "ForumCase_space" AFTER UPDATE OF "cohortId" ON "ForumCase"
  FOR EACH ROW WHEN (OLD."cohortId" IS DISTINCT FROM NEW."cohortId") EXECUTE FUNCTION forum_case_space();

-- btree_gin lets one GIN index hold the space and the words (a trusted extension).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Cohort spaces: space and words in one index. The course-wide space: its own partial index.
CREATE INDEX "ForumReply_cohortId_search_idx" ON "ForumReply" USING GIN ("cohortId", "search") WHERE "cohortId" IS NOT NULL;
CREATE INDEX "ForumReply_coursewide_search_idx" ON "ForumReply" USING GIN ("search") WHERE "cohortId" IS NULL;
DROP INDEX "ForumReply_search_idx";

-- The same for cases: the space and the words in one index.
CREATE INDEX "ForumCase_cohortId_search_idx" ON "ForumCase" USING GIN ("cohortId", "search") WHERE "cohortId" IS NOT NULL;
CREATE INDEX "ForumCase_coursewide_search_idx" ON "ForumCase" USING GIN ("search") WHERE "cohortId" IS NULL;
DROP INDEX "ForumCase_search_idx";
