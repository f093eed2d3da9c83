-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "crossSectorCase" BOOLEAN NOT NULL DEFAULT false;
