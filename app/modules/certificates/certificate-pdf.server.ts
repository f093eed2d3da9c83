import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import type { Translate } from "~/i18n/translate";
import { formatCode } from "./code";
import type { CertificateDetails } from "./get-certificate.server";
import { formatHours, studyHours } from "./study-load";
import { formatDay } from "~/utils/intl";
import { cachingFontkit, fontBytes, wrapText } from "~/utils/pdf-text.server";

const GREEN = rgb(13 / 255, 107 / 255, 79 / 255);
const INK = rgb(28 / 255, 36 / 255, 48 / 255);
const MUTED = rgb(74 / 255, 85 / 255, 101 / 255);
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

export type PdfInput = Pick<
  CertificateDetails,
  | "nameOnCertificate"
  | "courseTitle"
  | "cohortName"
  | "place"
  | "completedOn"
  | "studyMinutes"
  | "facilitators"
  | "organisations"
  | "code"
>;

// A certificate's PDF depends only on its details, so the same download is
// not rendered twice (bounded; derived data, nothing is stored on disk).
const renderedPdfs = new Map<string, Promise<Uint8Array>>();
const MAX_PDFS = 200;

/** The certificate as an A4 landscape PDF with embedded (subset) DejaVu Sans and a QR code to the verification page. */
export function renderCertificatePdf(input: {
  certificate: PdfInput;
  verifyUrl: string;
  t: Translate;
}): Promise<Uint8Array> {
  const key = JSON.stringify([
    input.certificate,
    input.verifyUrl,
    input.t("certificates.pdf.title"),
  ]);
  let pdf = renderedPdfs.get(key);
  if (!pdf) {
    pdf = renderPdf(input);
    pdf.catch(() => renderedPdfs.delete(key));
    if (renderedPdfs.size >= MAX_PDFS) renderedPdfs.delete(renderedPdfs.keys().next().value!);
    renderedPdfs.set(key, pdf);
  }
  return pdf;
}

async function renderPdf({
  certificate,
  verifyUrl,
  t,
}: {
  certificate: PdfInput;
  verifyUrl: string;
  t: Translate;
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  doc.setTitle(`${t("certificates.pdf.title")} – ${certificate.nameOnCertificate}`);
  doc.setAuthor("Buiten de Lijnen");
  doc.setLanguage("nl-NL");
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  const page = doc.addPage(A4_LANDSCAPE);
  const [width, height] = A4_LANDSCAPE;

  page.drawRectangle({
    x: 18,
    y: 18,
    width: width - 36,
    height: height - 36,
    borderColor: GREEN,
    borderWidth: 6,
  });
  page.drawRectangle({
    x: 32,
    y: 32,
    width: width - 64,
    height: height - 64,
    borderColor: GREEN,
    borderWidth: 1,
  });

  const centre = (
    text: string,
    y: number,
    font: PDFFont,
    size: number,
    color = INK,
    maxWidth = width - 140,
  ) => {
    const fitted = fitSize(text, font, size, maxWidth);
    page.drawText(text, {
      x: (width - font.widthOfTextAtSize(text, fitted)) / 2,
      y,
      size: fitted,
      font,
      color,
    });
  };

  centre("BUITEN DE LIJNEN", height - 80, bold, 13, GREEN);
  centre(t("certificates.pdf.title"), height - 140, bold, 46, GREEN);
  centre(t("certificates.pdf.intro"), height - 180, regular, 14, MUTED);
  centre(certificate.nameOnCertificate, height - 232, bold, 32);
  page.drawLine({
    start: { x: 170, y: height - 246 },
    end: { x: width - 170, y: height - 246 },
    thickness: 0.75,
    color: GREEN,
  });
  centre(t("certificates.pdf.completed"), height - 276, regular, 14, MUTED);
  centre(certificate.courseTitle, height - 310, bold, 22);
  centre(`${certificate.cohortName} · ${certificate.place}`, height - 338, regular, 13);
  centre(
    t("certificates.pdf.dateAndHours", {
      date: formatDay(certificate.completedOn),
      hours: formatHours(studyHours(certificate.studyMinutes)),
    }),
    height - 364,
    regular,
    13,
  );

  const leftX = 70;
  let y = 150;
  const line = (label: string, value: string) => {
    if (!value) return;
    page.drawText(label, { x: leftX, y, size: 10, font: bold, color: GREEN });
    y -= 15;
    for (const part of wrapText(value, regular, 11, 460).slice(0, 3)) {
      page.drawText(part, { x: leftX, y, size: 11, font: regular, color: INK });
      y -= 14;
    }
    y -= 8;
  };
  line(t("certificates.pdf.facilitators"), certificate.facilitators.join(", "));
  line(t("certificates.pdf.organisations"), certificate.organisations.join(", "));
  page.drawText(t("certificates.pdf.code", { site: `${new URL(verifyUrl).host}/verifieer` }), {
    x: leftX,
    y: 64,
    size: 9,
    font: regular,
    color: MUTED,
  });
  page.drawText(formatCode(certificate.code), {
    x: leftX,
    y: 50,
    size: 10,
    font: bold,
    color: INK,
  });

  await drawQr(doc, page, verifyUrl, { x: width - 70 - 110, y: 58, size: 110 });
  const check = t("certificates.pdf.checkAt");
  page.drawText(check, {
    x: width - 70 - 110 + (110 - regular.widthOfTextAtSize(check, 8)) / 2,
    y: 46,
    size: 8,
    font: regular,
    color: MUTED,
  });
  return doc.save();
}

async function drawQr(
  doc: PDFDocument,
  page: PDFPage,
  url: string,
  box: { x: number; y: number; size: number },
) {
  const png = await QRCode.toBuffer(url, {
    type: "png",
    errorCorrectionLevel: "M",
    margin: 1,
    scale: 4,
    color: { dark: "#1c2430", light: "#ffffff" },
  });
  const image = await doc.embedPng(png);
  page.drawImage(image, { x: box.x, y: box.y, width: box.size, height: box.size });
}

function fitSize(text: string, font: PDFFont, size: number, maxWidth: number): number {
  const width = font.widthOfTextAtSize(text, size);
  return width <= maxWidth ? size : Math.max(8, Math.floor((size * maxWidth) / width));
}
