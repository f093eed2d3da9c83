import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/catalogues.server";
import { renderCertificatePdf, type PdfInput } from "~/modules/certificates/certificate-pdf.server";
import { formatCode, generateVerificationCode } from "~/modules/certificates/code";
import { darkPixels, pdfPageSize, pdfText, renderPdfPage, toRgba } from "./helpers/image";

const NAME = "Ayşe Yıldız-Łukasz Nguyễn Çelik Şahin ğ";

function certificate(name: string): PdfInput {
  return {
    nameOnCertificate: name,
    courseTitle: "Sportcoach in de samenleving",
    cohortName: "Sportcoach Enschede najaar 2026",
    place: "Enschede",
    completedOn: new Date("2026-11-28T00:00:00Z"),
    studyMinutes: 24 * 60 + 20,
    facilitators: ["Marieke de Vries"],
    organisations: ["SV Buitenveld", "Welzijn Oost"],
    code: generateVerificationCode(),
  };
}

async function render(name: string) {
  const input = certificate(name);
  const verifyUrl = `https://buitendelijnen.example/verifieer/${input.code}`;
  const pdf = await renderCertificatePdf({ certificate: input, verifyUrl, t: translator("nl") });
  return { pdf, input, verifyUrl };
}

describe("the certificate PDF", () => {
  it("holds the exact name, course, date, hours and code as text, in under 200 KB", async () => {
    const { pdf, input } = await render(NAME);
    expect(pdf.byteLength).toBeLessThan(200 * 1024);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(NAME);
    expect(text).toContain("Certificaat");
    expect(text).toContain("Sportcoach in de samenleving");
    expect(text).toContain("Sportcoach Enschede najaar 2026 · Enschede");
    expect(text).toContain("28 november 2026");
    expect(text).toContain("24,5 uur");
    expect(text).toContain("Marieke de Vries");
    expect(text).toContain("SV Buitenveld, Welzijn Oost");
    expect(text).toContain(formatCode(input.code));
    expect(text).toContain("buitendelijnen.example/verifieer");
    // A4 landscape.
    const size = pdfPageSize(pdf);
    expect(size.width).toBeCloseTo(841.89, 1);
    expect(size.height).toBeCloseTo(595.28, 1);
  });

  it("really draws the name's glyphs (a PDF can extract fine and still render blank)", async () => {
    const real = renderPdfPage((await render(NAME)).pdf, 50);
    const empty = renderPdfPage((await render("")).pdf, 50);
    expect(real.width).toBeGreaterThan(real.height);
    // The band where the name is drawn (about 34-40% from the top; the rule under it stays outside).
    const band = { top: 0.33, bottom: 0.405, left: 0.1, right: 0.9 };
    const withName = darkPixels(real, band);
    const withoutName = darkPixels(empty, band);
    expect(withoutName).toBeLessThan(20);
    expect(withName - withoutName).toBeGreaterThan(400);
    // Each half of the name shows ink: the special letters are not dropped at either end.
    expect(darkPixels(real, { ...band, right: 0.5 })).toBeGreaterThan(150);
    expect(darkPixels(real, { ...band, left: 0.5 })).toBeGreaterThan(150);
  });

  it("has a QR code that decodes to the verification URL", async () => {
    const { pdf, verifyUrl } = await render(NAME);
    const image = renderPdfPage(pdf, 150);
    const found = jsQR(toRgba(image), image.width, image.height);
    expect(found?.data).toBe(verifyUrl);
  });
});
