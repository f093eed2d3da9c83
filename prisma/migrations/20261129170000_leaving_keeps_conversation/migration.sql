-- Leaving keeps the conversation (issue 17): deleting an account no longer
-- deletes the person's cases and replies (and with them other people's
-- replies), local modules that cohorts use, or certificates. The author,
-- owner or holder becomes NULL: "een oud-deelnemer", the organisation or
-- platform, a certificate without a name.

ALTER TABLE "ForumCase" ALTER COLUMN "authorId" DROP NOT NULL;
ALTER TABLE "ForumCase" DROP CONSTRAINT "ForumCase_authorId_fkey";
ALTER TABLE "ForumCase" ADD CONSTRAINT "ForumCase_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "ForumReply" ALTER COLUMN "authorId" DROP NOT NULL;
ALTER TABLE "ForumReply" DROP CONSTRAINT "ForumReply_authorId_fkey";
ALTER TABLE "ForumReply" ADD CONSTRAINT "ForumReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "LocalModule" ALTER COLUMN "ownerId" DROP NOT NULL;
ALTER TABLE "LocalModule" DROP CONSTRAINT "LocalModule_ownerId_fkey";
ALTER TABLE "LocalModule" ADD CONSTRAINT "LocalModule_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Certificate" ALTER COLUMN "userId" DROP NOT NULL;
ALTER TABLE "Certificate" DROP CONSTRAINT "Certificate_userId_fkey";
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
