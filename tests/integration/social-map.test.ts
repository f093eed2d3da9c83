import * as mupdf from "mupdf";
import { describe, expect, it } from "vitest";
import * as mapRoute from "~/routes/groepen.$cohortId.sociale-kaart";
import * as pdfRoute from "~/routes/groepen.$cohortId.sociale-kaart[.]pdf";
import { exportPersonalData } from "~/flows/personal-data.server";
import { asUser } from "./course-helpers";
import { twoCohorts } from "./forum-helpers";
import { pdfText } from "./helpers/image";

describe("the local social map", () => {
  it("is private to the person, pre-filled by the facilitator, in the data download and printable as a one-page PDF", async () => {
    const { a } = await twoCohorts();
    const where = { path: `/groepen/${a.id}/sociale-kaart`, params: { cohortId: a.id } };

    // The facilitator fills in the cohort's local entries; a participant may not.
    expect(
      (
        await asUser(a.sport.id, mapRoute.action, {
          ...where,
          form: { intent: "defaults", wijkteam: "Van mij" },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await asUser(a.facilitator.id, mapRoute.action, {
          ...where,
          form: {
            intent: "defaults",
            wijkteam: "Wijkteam Enschede-Oost, 053 481 0000",
            sportcoach: "Buurtsportcoach Femke, 06 1234 5678",
          },
        })
      ).status,
    ).toBe(302);

    const before = await (await asUser(a.sport.id, mapRoute.loader, where)).json();
    expect(before.entries).toEqual({
      wijkteam: "Wijkteam Enschede-Oost, 053 481 0000",
      sportcoach: "Buurtsportcoach Femke, 06 1234 5678",
    });

    // A too long entry is refused with a Dutch message at the field.
    const tooLong = await asUser(a.sport.id, mapRoute.action, {
      ...where,
      form: { intent: "own", vcp: "x".repeat(301) },
    });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).errors).toEqual({ vcp: "cohorts.socialMap.tooLong" });

    await asUser(a.sport.id, mapRoute.action, {
      ...where,
      form: {
        intent: "own",
        vcp: "Ayşe Yıldız (VCP), 06 9876 5432",
        wijkteam: "Wijkteam Enschede-Oost, 053 481 0000",
        jeugdfonds: "Intermediair: meester Jansen",
      },
    });
    const mine = await (await asUser(a.sport.id, mapRoute.loader, where)).json();
    expect(mine.entries).toMatchObject({
      vcp: "Ayşe Yıldız (VCP), 06 9876 5432",
      jeugdfonds: "Intermediair: meester Jansen",
      sportcoach: "Buurtsportcoach Femke, 06 1234 5678",
    });

    // Nobody else sees it: not the other participant, not the facilitator.
    for (const other of [a.welfare.id, a.facilitator.id]) {
      const seen = JSON.stringify(await (await asUser(other, mapRoute.loader, where)).json());
      expect(seen).not.toContain("Ayşe");
      expect(seen).not.toContain("meester Jansen");
    }
    expect(JSON.stringify(await exportPersonalData({ userId: a.sport.id }))).toContain(
      "meester Jansen",
    );

    const response = await asUser(a.sport.id, pdfRoute.loader, {
      path: `/groepen/${a.id}/sociale-kaart.pdf`,
      params: { cohortId: a.id },
    });
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const pdf = new Uint8Array(await response.arrayBuffer());
    // One page, read back with MuPDF (WebAssembly from npm; no system tools).
    expect(mupdf.Document.openDocument(pdf, "application/pdf").countPages()).toBe(1);
    const text = pdfText(pdf);
    for (const expected of [
      "Mijn sociale kaart",
      "Sporter Enschede",
      "Vertrouwenscontactpersoon (VCP) van de club",
      "Ayşe Yıldız (VCP), 06 9876 5432",
      "Buurtsportcoach Femke",
      "Intermediair: meester Jansen",
      "Veilig Thuis",
      "Nog niet ingevuld",
    ])
      expect(text).toContain(expected);
  });
});
