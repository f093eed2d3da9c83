-- Issue 15: a club records a volunteer who has no account yet, and links the record when they join.
CREATE TABLE "ClubVolunteer" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "volunteerRole" TEXT,
    "vogSeenOn" DATE,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedUserId" TEXT,
    "linkedAt" TIMESTAMP(3),
    CONSTRAINT "ClubVolunteer_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ClubVolunteer_orgId_idx" ON "ClubVolunteer"("orgId");
ALTER TABLE "ClubVolunteer" ADD CONSTRAINT "ClubVolunteer_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
