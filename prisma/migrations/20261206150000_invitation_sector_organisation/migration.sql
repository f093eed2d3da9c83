-- Bulk invitations (issue 15): the sector and organisation of a CSV row, applied when the invitee accepts.
ALTER TABLE "Invitation" ADD COLUMN "domain" "Domain";
ALTER TABLE "Invitation" ADD COLUMN "memberOrgId" TEXT;
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_memberOrgId_fkey" FOREIGN KEY ("memberOrgId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Invitation_memberOrgId_idx" ON "Invitation"("memberOrgId");
