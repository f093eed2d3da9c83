-- A case deleted with its replies (ON DELETE CASCADE) fires the replies' delete
-- trigger once per reply; each counted the case's remaining words again for a row
-- that is gone. The refresh now stops when the case row is no longer there.
CREATE OR REPLACE FUNCTION forum_case_reply_words_refresh(case_id TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "ForumCase" WHERE "id" = case_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  UPDATE "ForumCase" SET "replyWords" = coalesce((
    SELECT forum_tsvector_agg("search" ORDER BY "createdAt", "id") FROM "ForumReply"
     WHERE "caseId" = case_id AND "deletedAt" IS NULL AND "hiddenAt" IS NULL
  ), '') WHERE "id" = case_id;
END $$;
