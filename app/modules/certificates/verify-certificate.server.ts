import { db } from "~/utils/db.server";
import { normaliseCode } from "./code";

export type Verification =
  | { state: "unknown" }
  | {
      state: "valid" | "revoked";
      name: string;
      courseTitle: string;
      completedOn: Date;
      studyMinutes: number;
      organisations: string[];
      revokedAt: Date | null;
    };

// A code that can never exist: malformed input still costs one indexed lookup, so timing says nothing.
const NEVER = "-".repeat(32);

/**
 * The public answer for a verification code: valid, revoked (with the date)
 * or unknown, and only what the certificate itself shows. Always exactly one
 * indexed query, whether the code is malformed, unknown or real.
 */
export async function verifyCertificate({
  code,
}: {
  code: string | null | undefined;
}): Promise<Verification> {
  const normalised = normaliseCode(code);
  const row = await db.certificate.findUnique({
    where: { code: normalised ?? NEVER },
    select: {
      nameOnCertificate: true,
      courseTitle: true,
      completedOn: true,
      studyMinutes: true,
      revokedAt: true,
      cohort: { select: { organisations: { select: { org: { select: { name: true } } } } } },
    },
  });
  if (!row || !normalised) return { state: "unknown" };
  return {
    state: row.revokedAt ? "revoked" : "valid",
    name: row.nameOnCertificate,
    courseTitle: row.courseTitle,
    completedOn: row.completedOn,
    studyMinutes: row.studyMinutes,
    organisations: row.cohort.organisations.map(({ org }) => org.name),
    revokedAt: row.revokedAt,
  };
}
