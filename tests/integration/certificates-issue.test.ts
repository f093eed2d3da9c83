import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { CODE_LENGTH, fromBase32, generateVerificationCode } from "~/modules/certificates/code";
import {
  issueCertificateByHand,
  issueCertificateIfComplete,
} from "~/modules/certificates/issue-certificate.server";
import { revokeCertificate } from "~/modules/certificates/revoke-certificate.server";
import { verifyCertificate } from "~/modules/certificates/verify-certificate.server";
import { factories } from "../factories";

const make = factories(db);

async function cohortWith(name = "Sam de Vries") {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
  const participant = await make.user({ name });
  const org = await make.organisation({ name: "SV Buitenveld" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [participant.id],
    orgIds: [org.id],
    minEvenings: 1,
  });
  return { facilitator, participant, cohort };
}

describe("verification codes", () => {
  it("100 codes are distinct and each carries at least 128 random bits", () => {
    const codes = Array.from({ length: 100 }, generateVerificationCode);
    expect(new Set(codes).size).toBe(100);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect(fromBase32(code).length * 8).toBeGreaterThanOrEqual(128);
    }
    // Not guessable from each other: no shared prefix beyond chance, and every position varies.
    const positions = Array.from(
      { length: CODE_LENGTH - 1 },
      (_, index) => new Set(codes.map((code) => code[index])).size,
    );
    expect(Math.min(...positions)).toBeGreaterThan(15);
  });
});

describe("issuing a certificate", () => {
  it("refuses while the course is not complete, and issues once when it is, with the profile name and study hours", async () => {
    const { facilitator, participant, cohort } = await cohortWith("Ayşe Yıldız");
    expect(
      (await issueCertificateIfComplete({ cohortId: cohort.id, userId: participant.id })).status,
    ).toBe("incomplete");
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: participant.id,
      recordedById: facilitator.id,
    });
    const result = await issueCertificateIfComplete({
      cohortId: cohort.id,
      userId: participant.id,
    });
    expect(result.status).toBe("issued");
    if (result.status !== "issued") return;
    expect(result.certificate.nameOnCertificate).toBe("Ayşe Yıldız");
    expect(result.certificate.courseTitle).toBe("Sportcoach in de samenleving");
    // Every core module's planned minutes plus the two-hour evening.
    const manifest = (
      await db.coreVersion.findUniqueOrThrow({ where: { id: cohort.coreVersionId } })
    ).manifest as { core: { minutes: number }[] };
    expect(result.certificate.studyMinutes).toBe(
      manifest.core.reduce((sum, module) => sum + module.minutes, 0) + 120,
    );
    const mail = await db.outboxMail.findFirst({
      where: { to: participant.email },
      orderBy: { createdAt: "desc" },
    });
    expect(mail?.subject).toContain("certificaat");
    expect(mail?.text).toContain(`/groepen/${cohort.id}/certificaat`);
    expect(
      (await issueCertificateIfComplete({ cohortId: cohort.id, userId: participant.id })).status,
    ).toBe("exists");
  });

  it("two concurrent attempts create one certificate", async () => {
    const { facilitator, participant, cohort } = await cohortWith();
    await make.courseCompletion({
      cohortId: cohort.id,
      userId: participant.id,
      recordedById: facilitator.id,
    });
    const results = await Promise.all([
      issueCertificateIfComplete({ cohortId: cohort.id, userId: participant.id }),
      issueCertificateIfComplete({ cohortId: cohort.id, userId: participant.id }),
      issueCertificateByHand({
        cohortId: cohort.id,
        userId: participant.id,
        issuedById: facilitator.id,
        reason: "dubbel",
      }),
    ]);
    expect(
      await db.certificate.count({ where: { cohortId: cohort.id, userId: participant.id } }),
    ).toBe(1);
    const codes = new Set(
      results.map((result) => ("certificate" in result ? result.certificate.code : null)),
    );
    expect(codes.size).toBe(1);
    expect(results.filter((result) => result.status === "issued")).toHaveLength(1);
    expect(await db.outboxMail.count({ where: { to: participant.email } })).toBe(1);
  });

  it("a facilitator issues by hand with a reason and revokes with a reason; the verification follows", async () => {
    const { facilitator, participant, cohort } = await cohortWith();
    const issued = await issueCertificateByHand({
      cohortId: cohort.id,
      userId: participant.id,
      issuedById: facilitator.id,
      reason: "Eén avond gemist wegens ziekte",
    });
    expect(issued.status).toBe("issued");
    if (issued.status !== "issued") return;
    expect(issued.certificate.manualReason).toBe("Eén avond gemist wegens ziekte");
    expect((await verifyCertificate({ code: issued.certificate.code })).state).toBe("valid");
    // A certificate of another cohort cannot be revoked through this one.
    const other = await cohortWith();
    expect(
      await revokeCertificate({
        cohortId: other.cohort.id,
        certificateId: issued.certificate.id,
        revokedById: facilitator.id,
        reason: "x",
      }),
    ).toBe(false);
    expect(
      await revokeCertificate({
        cohortId: cohort.id,
        certificateId: issued.certificate.id,
        revokedById: facilitator.id,
        reason: "Fraude",
      }),
    ).toBe(true);
    const verified = await verifyCertificate({ code: issued.certificate.code.toLowerCase() });
    expect(verified.state).toBe("revoked");
    expect(verified.state !== "unknown" && verified.revokedAt).toBeInstanceOf(Date);
  });

  it("never issues to someone who is not a participant of the cohort", async () => {
    const { facilitator, cohort } = await cohortWith();
    const stranger = await make.user();
    expect(
      (
        await issueCertificateByHand({
          cohortId: cohort.id,
          userId: stranger.id,
          issuedById: facilitator.id,
          reason: "probeer",
        })
      ).status,
    ).toBe("not-participant");
    expect(
      (await issueCertificateIfComplete({ cohortId: cohort.id, userId: facilitator.id })).status,
    ).toBe("not-participant");
    expect(await db.certificate.count({ where: { cohortId: cohort.id } })).toBe(0);
  });
});
