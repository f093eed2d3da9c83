import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { verifyCertificate } from "~/modules/certificates/verify-certificate.server";
import { getClubRegister } from "~/modules/clubs/register.server";
import { seedDemoIfEmpty } from "../../prisma/seed";

describe("demo data", () => {
  it("gives the demo trainer a valid certificate that the club has confirmed, with a VOG date", async () => {
    await seedDemoIfEmpty(process.env.DATABASE_URL!);
    const certificate = await db.certificate.findFirstOrThrow({
      where: { user: { email: "trainer@demo.buitendelijnen.nl" } },
    });
    expect(certificate.nameOnCertificate).toBe("Sven Bakker");
    expect((await verifyCertificate({ code: certificate.code })).state).toBe("valid");
    const club = await db.organisation.findFirstOrThrow({ where: { name: "SV Buitenveld" } });
    const row = (await getClubRegister({ orgId: club.id })).find(
      (member) => member.name === "Sven Bakker",
    );
    expect(row).toMatchObject({
      courseStatus: "valid",
      volunteerTypes: ["regulier", "getraind"],
      trainedConfirmedBy: "Henk Jansen",
      vogSeenBy: "Henk Jansen",
    });
    expect(row?.vog.state).toBe("valid");
  });
});
