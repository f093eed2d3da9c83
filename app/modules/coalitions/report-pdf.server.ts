import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { Translate } from "~/i18n/translate";
import { cachingFontkit, fontBytes, wrapText } from "~/utils/pdf-text.server";
import { formatDay } from "~/utils/intl";
import { measurementLabel } from "./aspects";
import { MIN_TRAINED_SHOWN, type getCoalitionReport } from "./report.server";

const GREEN = rgb(13 / 255, 107 / 255, 79 / 255);
const INK = rgb(28 / 255, 36 / 255, 48 / 255);
const MUTED = rgb(74 / 255, 85 / 255, 101 / 255);
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

type Report = Awaited<ReturnType<typeof getCoalitionReport>>;

/** The coalition's report for the partners' boards: A4 portrait, text flowing over as many pages as needed. */
export async function renderCoalitionPdf({
  report,
  t,
  today,
}: {
  report: Report;
  t: Translate;
  today: Date;
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  doc.setTitle(`${t("coalitions.report.title")} – ${report.name}`);
  doc.setAuthor("Buiten de Lijnen");
  doc.setLanguage("nl-NL");
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;

  const write = (text: string, font: PDFFont, size: number, color = INK, gap = 4) => {
    for (const paragraph of text.split(/\n/)) {
      for (const line of wrapText(paragraph, font, size, width)) {
        if (y < MARGIN + size) {
          page = doc.addPage(A4);
          y = A4[1] - MARGIN;
        }
        page.drawText(line, { x: MARGIN, y: y - size, size, font, color });
        y -= size + gap;
      }
    }
  };
  const heading = (text: string) => {
    y -= 10;
    write(text, bold, 14, GREEN, 6);
  };

  write("BUITEN DE LIJNEN", bold, 10, GREEN);
  write(`${t("coalitions.report.title")}: ${report.name}`, bold, 20, INK, 8);
  write(t("coalitions.report.made", { date: formatDay(today) }), regular, 10, MUTED);

  heading(t("coalitions.report.ambition"));
  write(report.ambition, regular, 11);
  heading(t("coalitions.report.partners"));
  write(report.partners.map((partner) => partner.org.name).join(", "), regular, 11);

  heading(t("coalitions.report.timeline"));
  if (report.lastBoard) {
    const board = report.lastBoard;
    const counts = { POSITIEF: 0, NEGATIEF: 0, KWARTJE: 0 };
    for (const note of board.notes) counts[note.kind] += 1;
    write(
      `${measurementLabel(board.number!)} · ${formatDay(board.periodStart)} – ${formatDay(board.periodEnd)}`,
      bold,
      11,
    );
    write(t("coalitions.timeline.counts", counts), regular, 11);
    for (const event of board.events)
      write(`• ${formatDay(event.date)}: ${event.title}`, regular, 11);
    write(t("coalitions.report.conclusions"), bold, 11);
    write(board.conclusions || "—", regular, 11);
  } else write(t("coalitions.report.noTimeline"), regular, 11);

  heading(t("coalitions.report.scan"));
  if (report.scan) {
    write(
      t("coalitions.scan.roundLabel", { number: report.scan.number }) +
        (report.scan.previous
          ? ` / ${t("coalitions.scan.roundLabel", { number: report.scan.previous.number })}`
          : ""),
      bold,
      11,
    );
    report.scan.medians.forEach((item, index) => {
      const aspect = t(`coalitions.aspect.${item.aspect}`);
      const before = report.scan!.previous?.medians[index];
      write(
        before === undefined
          ? t("coalitions.report.scanOne", { aspect, now: item.median })
          : t("coalitions.report.scanCompare", { aspect, now: item.median, before }),
        regular,
        11,
      );
    });
  } else write(t("coalitions.report.noScan"), regular, 11);

  heading(t("coalitions.report.agreements"));
  if (report.agreements.length) {
    for (const agreement of report.agreements) {
      write(
        `• ${agreement.text} — ${agreement.ownerOrg.name}${agreement.personName ? `, ${agreement.personName}` : ""}, ${formatDay(agreement.dueOn)}: ${t(`coalitions.agreements.status.${agreement.status}`)}`,
        regular,
        11,
      );
    }
  } else write(t("coalitions.agreements.none"), regular, 11);

  heading(t("coalitions.report.cohorts"));
  if (report.cohorts.length)
    write(
      report.cohorts.map(({ cohort }) => `${cohort.name} (${cohort.place})`).join(", "),
      regular,
      11,
    );
  else write(t("coalitions.noCohorts"), regular, 11);
  for (const partner of report.trained) {
    write(
      partner.count >= MIN_TRAINED_SHOWN
        ? t("coalitions.report.trained", { org: partner.org, count: partner.count })
        : t("coalitions.report.trainedFew", { org: partner.org }),
      regular,
      11,
    );
  }
  return doc.save();
}
