import { PDFDocument, rgb } from "pdf-lib";
import type { Translate } from "~/i18n/translate";
import { cachingFontkit, fontBytes, wrapText } from "~/utils/pdf-text.server";
import { SOCIAL_MAP_FIELDS, type SocialMapEntries } from "./social-map";

const GREEN = rgb(13 / 255, 107 / 255, 79 / 255);
const INK = rgb(28 / 255, 36 / 255, 48 / 255);
const MUTED = rgb(74 / 255, 85 / 255, 101 / 255);
const A4: [number, number] = [595.28, 841.89];

/** The social map as a one-page A4 PDF (DejaVu Sans, as the certificate), to print next to the certificate. */
export async function renderSocialMapPdf({
  name,
  cohort,
  entries,
  t,
}: {
  name: string;
  cohort: { name: string; place: string };
  entries: SocialMapEntries;
  t: Translate;
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  doc.setTitle(`${t("cohorts.socialMap.title")} – ${name}`);
  doc.setAuthor("Buiten de Lijnen");
  doc.setLanguage("nl-NL");
  const fonts = fontBytes();
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  const page = doc.addPage(A4);
  const [width, height] = A4;
  const left = 56;
  const maxWidth = width - 2 * left;
  let y = height - 64;

  page.drawText("BUITEN DE LIJNEN", { x: left, y, size: 11, font: bold, color: GREEN });
  y -= 34;
  page.drawText(t("cohorts.socialMap.title"), { x: left, y, size: 24, font: bold, color: GREEN });
  y -= 24;
  page.drawText(`${name} · ${cohort.name} · ${cohort.place}`, {
    x: left,
    y,
    size: 11,
    font: regular,
    color: MUTED,
  });
  y -= 18;
  for (const line of wrapText(t("cohorts.socialMap.pdfIntro"), regular, 10, maxWidth)) {
    page.drawText(line, { x: left, y, size: 10, font: regular, color: MUTED });
    y -= 13;
  }
  y -= 14;
  // Six fields of at most 300 characters fit on one page at this size; longer text is cut, never a second page.
  for (const field of SOCIAL_MAP_FIELDS) {
    page.drawLine({
      start: { x: left, y: y + 12 },
      end: { x: width - left, y: y + 12 },
      thickness: 0.5,
      color: GREEN,
    });
    page.drawText(t(`cohorts.socialMap.fields.${field}`), {
      x: left,
      y,
      size: 11,
      font: bold,
      color: GREEN,
    });
    y -= 16;
    const value = entries[field] ?? t("cohorts.socialMap.empty");
    for (const line of wrapText(value, regular, 11, maxWidth).slice(0, 6)) {
      page.drawText(line, {
        x: left,
        y,
        size: 11,
        font: regular,
        color: entries[field] ? INK : MUTED,
      });
      y -= 14;
    }
    y -= 18;
  }
  page.drawText(t("cohorts.socialMap.pdfFooter"), {
    x: left,
    y: 40,
    size: 9,
    font: regular,
    color: MUTED,
  });
  return doc.save();
}
