-- Open Badges 3.0 revocation (issue 17): every certificate gets a place in a
-- Bitstring Status List that the app publishes at /status/<list>.
ALTER TABLE "Certificate" ADD COLUMN "statusListIndex" SERIAL NOT NULL;
CREATE UNIQUE INDEX "Certificate_statusListIndex_key" ON "Certificate"("statusListIndex");
