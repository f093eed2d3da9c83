import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

const select = {
  id: true,
  code: true,
  userId: true,
  cohortId: true,
  nameOnCertificate: true,
  courseTitle: true,
  studyMinutes: true,
  completedOn: true,
  issuedAt: true,
  manualReason: true,
  revokedAt: true,
  revokedReason: true,
  statusListIndex: true,
  cohort: {
    select: {
      name: true,
      place: true,
      members: {
        where: {
          role: { in: ["FACILITATOR", "CO_FACILITATOR"] as ("FACILITATOR" | "CO_FACILITATOR")[] },
          removedAt: null,
        },
        orderBy: { joinedAt: "asc" },
        select: { user: { select: { name: true } } },
      },
      organisations: { select: { org: { select: { name: true } } } },
    },
  },
} satisfies Prisma.CertificateSelect;

export type CertificateDetails = NonNullable<Awaited<ReturnType<typeof getCertificate>>>;

/**
 * One person's certificate in one cohort with what the PDF and badge show
 * (facilitators, organising organisations). Callers have checked that the
 * asker is this person or staff of this cohort.
 */
export async function getCertificate({ cohortId, userId }: { cohortId: string; userId: string }) {
  const row = await db.certificate.findUnique({
    where: { userId_cohortId: { userId, cohortId } },
    select,
  });
  if (!row) return null;
  const { cohort, ...certificate } = row;
  return {
    ...certificate,
    cohortName: cohort.name,
    place: cohort.place,
    facilitators: cohort.members.map((member) => member.user.name),
    organisations: cohort.organisations.map(({ org }) => org.name),
  };
}
