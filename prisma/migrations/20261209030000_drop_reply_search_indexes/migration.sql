-- The forum search reads cases only since 20261209010000 (decision 026, third
-- pass): no query searches "ForumReply"."search" any more; the column stays (the
-- cases' reply words are made of it), its two GIN indexes only cost every reply.
DROP INDEX "ForumReply_cohortId_search_idx";
DROP INDEX "ForumReply_coursewide_search_idx";
