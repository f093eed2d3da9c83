-- Issue 15: cohorts can be archived; evenings can be moved and cancelled; apologies; calendar feeds.
ALTER TABLE "Cohort" ADD COLUMN "archivedAt" TIMESTAMP(3);

ALTER TABLE "Evening" ADD COLUMN "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "cancelledAt" TIMESTAMP(3),
ADD COLUMN "cancelReason" TEXT;

CREATE TABLE "EveningApology" (
    "eveningId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EveningApology_pkey" PRIMARY KEY ("eveningId","userId")
);
CREATE INDEX "EveningApology_userId_idx" ON "EveningApology"("userId");
ALTER TABLE "EveningApology" ADD CONSTRAINT "EveningApology_eveningId_fkey" FOREIGN KEY ("eveningId") REFERENCES "Evening"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EveningApology" ADD CONSTRAINT "EveningApology_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "CalendarFeed" (
    "userId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);
CREATE UNIQUE INDEX "CalendarFeed_token_key" ON "CalendarFeed"("token");
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
