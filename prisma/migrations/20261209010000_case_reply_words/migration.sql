-- Search over a space's cases and their replies without reading every matching
-- reply (issue 20, decision 026, third pass). A case keeps the words of its
-- visible replies ("replyWords", the replies' own tsvectors concatenated), so
-- that the search walks the space's cases newest activity first and stops at
-- 101 hits instead of fetching every matching reply of the space from the heap
-- (1,700 replies for "ouders" in the national course-wide space: 35-150 ms).

CREATE AGGREGATE forum_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

ALTER TABLE "ForumCase" ADD COLUMN "replyWords" tsvector NOT NULL DEFAULT '';

-- The words of the case's visible replies, read again after the case row is
-- locked: a concurrent change of the same case waits, then sees this one.
CREATE FUNCTION forum_case_reply_words_refresh(case_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "ForumCase" WHERE "id" = case_id FOR UPDATE;
  UPDATE "ForumCase" SET "replyWords" = coalesce((
    SELECT forum_tsvector_agg("search" ORDER BY "createdAt", "id") FROM "ForumReply"
     WHERE "caseId" = case_id AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
  ), '') WHERE "id" = case_id;
END $$;

CREATE FUNCTION forum_reply_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A new reply adds its words (UPDATE re-reads the row it waited for, so none is lost).
    IF NEW."deletedAt" IS NULL AND NEW."hiddenAt" IS NULL THEN
      UPDATE "ForumCase" SET "replyWords" = "replyWords" || NEW."search" WHERE "id" = NEW."caseId";
    END IF;
    RETURN NULL;
  END IF;
  -- Edited, hidden, restored, removed or moved: the case's words are counted again.
  PERFORM forum_case_reply_words_refresh(OLD."caseId");
  IF TG_OP = 'UPDATE' AND NEW."caseId" IS DISTINCT FROM OLD."caseId" THEN
    PERFORM forum_case_reply_words_refresh(NEW."caseId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ForumReply_words_insert" AFTER INSERT ON "ForumReply"
  FOR EACH ROW EXECUTE FUNCTION forum_reply_words();
CREATE TRIGGER "ForumReply_words_change" AFTER UPDATE OF "body", "hiddenAt", "deletedAt", "caseId" ON "ForumReply"
  FOR EACH ROW WHEN (OLD."body" IS DISTINCT FROM NEW."body" OR OLD."hiddenAt" IS DISTINCT FROM NEW."hiddenAt"
    OR OLD."deletedAt" IS DISTINCT FROM NEW."deletedAt" OR OLD."caseId" IS DISTINCT FROM NEW."caseId")
  EXECUTE FUNCTION forum_reply_words();
CREATE TRIGGER "ForumReply_words_delete" AFTER DELETE ON "ForumReply"
  FOR EACH ROW EXECUTE FUNCTION forum_reply_words();

UPDATE "ForumCase" c SET "replyWords" = w.words
  FROM (SELECT "caseId", forum_tsvector_agg("search" ORDER BY "createdAt", "id") AS words FROM "ForumReply"
         WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL GROUP BY "caseId") w
 WHERE w."caseId" = c."id";

-- The same pair as for the case's own words (migration 20261206200000).
CREATE INDEX "ForumCase_cohortId_replyWords_idx" ON "ForumCase" USING GIN ("cohortId", "replyWords") WHERE "cohortId" IS NOT NULL;
CREATE INDEX "ForumCase_coursewide_replyWords_idx" ON "ForumCase" USING GIN ("replyWords") WHERE "cohortId" IS NULL;
