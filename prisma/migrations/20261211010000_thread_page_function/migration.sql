-- A thread page's one query (get-thread.server.ts): the case, what the page
-- says about the whole thread (all replies, the shown ones, whether any is new
-- to the viewer, whether each world answered), the viewer's follow state and
-- one page of replies with their "helpful" counts and the viewer's own marks.
-- As Prisma's nested statement plus a count PostgreSQL parsed and planned
-- about 3 KB of SQL on every view: 3.7-5.1 ms a call on one connection
-- against 0.8-1.8 ms with a prepared plan. Inside a PL/pgSQL function each
-- statement's plan is prepared once per connection (decision 038).
--
-- page: the page number (clamped to the pages there are), NULL for the last.
-- other_domains, other_orphans: which replies are shown (thread_reply_shown;
-- "other sector" as get-thread.server.ts decides it).
-- One row per reply of the page, each carrying the case; one row with NULL
-- reply columns when the page is empty; no row when the case is not in the
-- space (cohort_id NULL: the course-wide space).

-- Whether a reply is shown: every reply when other_domains is NULL; otherwise
-- a reply by a writer of one of other_domains, and with other_orphans also one
-- of a deleted account or without a domain. A one-expression SQL function, so
-- PostgreSQL inlines it into both statements of thread_page that filter by it.
CREATE FUNCTION thread_reply_shown(author_id text, author_domain text, other_domains text[], other_orphans boolean)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT other_domains IS NULL
      OR (author_id IS NOT NULL AND author_domain = ANY (other_domains))
      OR (other_orphans AND (author_id IS NULL OR author_domain IS NULL))
$$;

CREATE FUNCTION thread_page(
  case_id text, cohort_id text, user_id text, page integer, per_page integer,
  other_domains text[], other_orphans boolean
)
RETURNS TABLE (
  "id" text, "title" text, "situation" text, "whatIDid" text, "question" text, "themes" text[],
  "moduleKey" text, "authorTown" text, "createdAt" timestamp(3), "editedAt" timestamp(3),
  "hiddenAt" timestamp(3), "hiddenReason" text, "lockedAt" timestamp(3), "deletedAt" timestamp(3),
  "authorId" text, "pseudonymous" boolean, "authorDomain" text, "authorName" text,
  "following" boolean, "lastReadAt" timestamp(3), "total" integer, "shown" integer,
  "newer" boolean, "sport" boolean, "social" boolean, "pageNumber" integer, "pageCount" integer,
  "replyId" text, "replyBody" text, "replyMostHelpful" boolean, "replyCreatedAt" timestamp(3),
  "replyEditedAt" timestamp(3), "replyHiddenAt" timestamp(3), "replyHiddenReason" text,
  "replyDeletedAt" timestamp(3), "replyAuthorId" text, "replyPseudonymous" boolean,
  "replyAuthorDomain" text, "replyAuthorName" text, "replyHelpfulCount" integer,
  "replyMarkedByMe" boolean
)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
  v_last_read timestamp(3);
  v_total integer;
  v_shown integer;
  v_newer boolean;
  v_sport boolean;
  v_social boolean;
  v_pages integer;
  v_page integer;
BEGIN
  SELECT t."lastReadAt" INTO v_last_read
    FROM "ThreadRead" t WHERE t."caseId" = case_id AND t."userId" = user_id;
  SELECT count(*)::int,
         (count(*) FILTER (WHERE thread_reply_shown(r."authorId", r."authorDomain"::text, other_domains, other_orphans)))::int,
         coalesce(bool_or(r."createdAt" > v_last_read), false),
         coalesce(bool_or(r."deletedAt" IS NULL AND r."hiddenAt" IS NULL AND r."authorDomain" = 'SPORT'), false),
         coalesce(bool_or(r."deletedAt" IS NULL AND r."hiddenAt" IS NULL AND r."authorDomain" IN ('ZORG', 'WELZIJN')), false)
    INTO v_total, v_shown, v_newer, v_sport, v_social
    FROM "ForumReply" r WHERE r."caseId" = case_id;
  v_pages := greatest(1, ceil(v_shown::numeric / per_page)::int);
  v_page := CASE WHEN page IS NULL THEN v_pages ELSE least(greatest(1, page), v_pages) END;
  RETURN QUERY
    SELECT c."id", c."title", c."situation", c."whatIDid", c."question", c."themes",
           c."moduleKey", c."authorTown", c."createdAt", c."editedAt",
           c."hiddenAt", c."hiddenReason", c."lockedAt", c."deletedAt",
           c."authorId", c."pseudonymous", c."authorDomain"::text, a."name",
           f."following", v_last_read, v_total, v_shown,
           v_newer, v_sport, v_social, v_page, v_pages,
           p."id", p."body", p."mostHelpful", p."createdAt",
           p."editedAt", p."hiddenAt", p."hiddenReason",
           p."deletedAt", p."authorId", p."pseudonymous",
           p."authorDomain"::text, p."name", p."helpfulCount",
           p."markedByMe"
      FROM "ForumCase" c
      LEFT JOIN "User" a ON a."id" = c."authorId"
      LEFT JOIN "CaseFollow" f ON f."caseId" = c."id" AND f."userId" = user_id
      LEFT JOIN LATERAL (
        SELECT r."id", r."body", r."mostHelpful", r."createdAt", r."editedAt", r."hiddenAt",
               r."hiddenReason", r."deletedAt", r."authorId", r."pseudonymous", r."authorDomain",
               u."name",
               (SELECT count(*)::int FROM "HelpfulMark" h WHERE h."replyId" = r."id") AS "helpfulCount",
               EXISTS (SELECT 1 FROM "HelpfulMark" h WHERE h."replyId" = r."id" AND h."userId" = user_id) AS "markedByMe"
          FROM "ForumReply" r
          LEFT JOIN "User" u ON u."id" = r."authorId"
         WHERE r."caseId" = c."id"
           AND thread_reply_shown(r."authorId", r."authorDomain"::text, other_domains, other_orphans)
         ORDER BY r."createdAt", r."id"
         OFFSET (v_page - 1) * per_page LIMIT per_page
      ) p ON true
     WHERE c."id" = case_id AND c."cohortId" IS NOT DISTINCT FROM cohort_id
     ORDER BY p."createdAt", p."id";
END
$$;
