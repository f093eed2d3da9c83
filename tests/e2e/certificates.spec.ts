import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { generateVerificationCode } from "../../app/modules/certificates/code";
import { renderPdfPage, toRgba } from "../integration/helpers/image";
import { expect, loginThroughForm, test } from "./fixtures";

/** Decodes the QR code on the first page of a PDF file. */
function qrOf(pdfPath: string): string | null {
  const image = renderPdfPage(readFileSync(pdfPath), 150);
  return jsQR(toRgba(image), image.width, image.height)?.data ?? null;
}

test("a participant who completed gets the certificate; the QR leads to geldig, and after revocation to ingetrokken", async ({
  page,
  make,
  login,
}) => {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
  const org = await make.organisation({ name: "SV Buitenveld" });
  const participant = await login({ name: "Ayşe Yıldız" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [participant.id],
    orgIds: [org.id],
    minEvenings: 1,
    name: "Sportcoach Enschede najaar 2026",
  });

  // Not finished yet: the request says what is missing.
  await page.goto(`/groepen/${cohort.id}/certificaat`);
  await page.getByRole("button", { name: "Certificaat aanvragen" }).click();
  await expect(page.getByText("Je hebt nog niet alles afgerond.")).toBeVisible();

  // Modules, the evening and the evaluation are other domains' screens; here they are set up as data.
  await make.courseCompletion({
    cohortId: cohort.id,
    userId: participant.id,
    recordedById: facilitator.id,
  });
  await page.goto(`/groepen/${cohort.id}`);
  await page.getByRole("link", { name: "Certificaat", exact: true }).click();
  await page.getByRole("button", { name: "Certificaat aanvragen" }).click();
  await expect(page.getByRole("heading", { name: "Je certificaat is klaar" })).toBeVisible();
  await expect(page.getByText("Ayşe Yıldız")).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als PDF" }).click();
  const download = await downloading;
  const pdfPath = path.join(mkdtempSync(path.join(tmpdir(), "bdl-e2e-cert-")), "certificaat.pdf");
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe("%PDF-");
  const verifyUrl = qrOf(pdfPath);
  expect(verifyUrl).toMatch(/\/verifieer\/[0-9A-Z]{32}$/);

  await page.goto(verifyUrl!);
  await expect(page.getByRole("heading", { name: "Geldig certificaat" })).toBeVisible();
  await expect(page.getByText("Ayşe Yıldız")).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
  await loginThroughForm(page, facilitator.email, facilitator.password);
  await page.goto(`/groepen/${cohort.id}/certificaten`);
  await page.getByLabel("Reden voor intrekken").fill("Bij nader inzien niet alle avonden aanwezig");
  await page.getByRole("button", { name: "Certificaat intrekken: Ayşe Yıldız" }).click();
  await expect(page.getByText("Het certificaat van Ayşe Yıldız is ingetrokken.")).toBeVisible();

  await page.goto(verifyUrl!);
  await expect(page.getByRole("heading", { name: "Ingetrokken certificaat" })).toBeVisible();
  await expect(page.getByText(/Dit certificaat is ingetrokken op \d{1,2} \w+ \d{4}/)).toBeVisible();
});

test("a facilitator issues a certificate by hand, with a reason", async ({ page, make, login }) => {
  const facilitator = await login({ role: "facilitator", name: "Marieke de Vries" });
  const participant = await make.user({ name: "Kees Visser" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [participant.id],
  });
  await page.goto(`/groepen/${cohort.id}/certificaten`);
  await page.getByRole("button", { name: "Certificaat uitgeven: Kees Visser" }).click();
  await expect(page.getByText("Schrijf kort op waarom.")).toBeVisible();
  await page
    .getByLabel("Reden voor uitgeven")
    .fill("Eén avond gemist wegens ziekte, opdracht ingehaald");
  await page.getByRole("button", { name: "Certificaat uitgeven: Kees Visser" }).click();
  await expect(page.getByText("Het certificaat van Kees Visser is uitgegeven.")).toBeVisible();
  await expect(
    page.getByText("Met de hand uitgegeven: Eén avond gemist wegens ziekte, opdracht ingehaald"),
  ).toBeVisible();
});

test("a club admin confirms a certified member as getrainde vrijwilliger and records the VOG", async ({
  page,
  make,
  login,
  db,
}) => {
  const admin = await login({ role: "orgAdmin", name: "Henk Jansen" });
  const member = await make.user({ name: "Sven Bakker" });
  await make.membership({ userId: member.id, orgId: admin.orgId! });
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [member.id] });
  await make.courseCompletion({
    cohortId: cohort.id,
    userId: member.id,
    recordedById: facilitator.id,
  });

  await page.goto(`/organisaties/${admin.orgId}`);
  const row = page.locator(".register-member", { hasText: "Sven Bakker" });
  // The edit forms sit in a <details>; with JavaScript it stays open after a save.
  const openEditor = async () => {
    if ((await row.locator("details").getAttribute("open")) === null)
      await row.getByText("Register bijwerken voor Sven Bakker").click();
  };
  await expect(row.getByText("Cursus afgerond")).toBeVisible();
  await openEditor();
  await row.getByLabel("Getrainde vrijwilliger").check();
  await row.getByRole("button", { name: "Soort opslaan" }).click();
  await expect(row.getByText("Dit lid heeft geen geldig certificaat")).toBeVisible();

  await db.certificate.create({
    data: {
      code: generateVerificationCode(),
      userId: member.id,
      cohortId: cohort.id,
      nameOnCertificate: "Sven Bakker",
      courseTitle: "Sportcoach in de samenleving",
      studyMinutes: 600,
      completedOn: new Date("2026-11-20T00:00:00Z"),
    },
  });
  await page.goto(`/organisaties/${admin.orgId}`);
  await expect(row.getByText("Certificaat geldig")).toBeVisible();
  await openEditor();
  await row.getByLabel("Reguliere vrijwilliger").check();
  await row.getByLabel("Getrainde vrijwilliger").check();
  await row.getByRole("button", { name: "Soort opslaan" }).click();
  await expect(page.getByText("Opgeslagen voor Sven Bakker.")).toBeVisible();
  await expect(
    row.getByText(/Bevestigd als getrainde vrijwilliger op .* door Henk Jansen/),
  ).toBeVisible();

  const now = new Date();
  const seenOn = new Date(
    Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth() - 11, Math.min(now.getUTCDate(), 28)),
  )
    .toISOString()
    .slice(0, 10);
  await openEditor();
  await row.getByLabel("VOG gezien op").fill(seenOn);
  await row.getByRole("button", { name: "VOG-datum opslaan" }).click();
  await expect(row.getByText(/VOG gezien op .* door Henk Jansen/)).toBeVisible();
  await expect(row.getByText(/Let op: de VOG moet vóór .* vernieuwd worden\./)).toBeVisible();
});

test.describe("zonder JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the verification form answers onbekend for a wrong code", async ({ page }) => {
    await page.goto("/verifieer");
    await page.getByLabel("Controlecode").fill("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789");
    await page.getByRole("button", { name: "Controleren" }).click();
    await expect(page.getByRole("heading", { name: "Onbekende code" })).toBeVisible();
  });
});
