import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as measurements from "~/routes/coalities.$coalitionId.metingen";
import * as scan from "~/routes/coalities.$coalitionId.scan";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { request } from "./coalitions-helpers";

describe("demo data", () => {
  it("has a coalition of the club, the welfare organisation and the municipality with a 0- and a 1-meting and two scan rounds", async () => {
    const logins = await seedDemoIfEmpty(process.env.DATABASE_URL!);
    expect(logins?.map((login) => login.email)).toContain("gemeente@demo.buitendelijnen.nl");
    const coalition = await db.coalition.findFirstOrThrow({
      where: { name: "Samen in Beweging Enschede" },
      select: { id: true, partners: { select: { org: { select: { name: true } } } } },
    });
    expect(coalition.partners.map((partner) => partner.org.name).sort()).toEqual([
      "Gemeente Enschede",
      "SV Buitenveld",
      "Welzijn Oost",
    ]);
    const yvonne = await db.user.findUniqueOrThrow({
      where: { email: "gemeente@demo.buitendelijnen.nl" },
    });
    const params = { coalitionId: coalition.id };
    const page = await (
      await request(yvonne.id, measurements.loader, {
        path: `/coalities/${coalition.id}/metingen`,
        params,
      })
    ).json();
    expect(page.measurements.map((item: { label: string }) => item.label)).toEqual([
      "0-meting",
      "1-meting",
    ]);
    const interests = page.comparison.byAspect.find(
      (row: { key: string }) => row.key === "belangen",
    );
    expect(interests.before.NEGATIEF).toBe(1);
    expect(interests.after.POSITIEF).toBe(1);
    const results = await (
      await request(yvonne.id, scan.loader, { path: `/coalities/${coalition.id}/scan`, params })
    ).json();
    expect(
      results.rounds.map((round: { number: number; whole: { respondents: number } }) => [
        round.number,
        round.whole.respondents,
      ]),
    ).toEqual([
      [2, 3],
      [1, 3],
    ]);
    // One respondent per partner: no partner's figures.
    expect(
      results.rounds[0].perPartner.every(
        (partner: { result: object }) => "hidden" in partner.result,
      ),
    ).toBe(true);
  });
});
