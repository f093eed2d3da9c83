import * as mupdf from "mupdf";

export type Image = { width: number; height: number; channels: number; data: Uint8Array };

/** The first page of a PDF, rendered by MuPDF (WebAssembly from npm, nothing from the system) at `dpi`. */
export function renderPdfPage(pdf: Uint8Array, dpi: number): Image {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  const scale = dpi / 72;
  const pixmap = document
    .loadPage(0)
    .toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  return {
    width: pixmap.getWidth(),
    height: pixmap.getHeight(),
    channels: pixmap.getNumberOfComponents(),
    data: new Uint8Array(pixmap.getPixels()),
  };
}

/** The text of every page of a PDF, in reading order, as MuPDF extracts it. */
export function pdfText(pdf: Uint8Array): string {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  const pages: string[] = [];
  for (let i = 0; i < document.countPages(); i++)
    pages.push(document.loadPage(i).toStructuredText("preserve-whitespace").asText());
  return pages.join("\n");
}

/** The first page's size in PDF points (1/72 inch). */
export function pdfPageSize(pdf: Uint8Array): { width: number; height: number } {
  const [x0, y0, x1, y1] = mupdf.Document.openDocument(pdf, "application/pdf")
    .loadPage(0)
    .getBounds();
  return { width: x1 - x0, height: y1 - y0 };
}

/** Dark pixels (all colour channels below 128) in a rectangle given as fractions of the image. */
export function darkPixels(
  image: Image,
  box: { top: number; bottom: number; left: number; right: number },
): number {
  let count = 0;
  const colour = Math.min(image.channels, 3);
  for (let y = Math.floor(box.top * image.height); y < Math.floor(box.bottom * image.height); y++) {
    for (let x = Math.floor(box.left * image.width); x < Math.floor(box.right * image.width); x++) {
      const at = (y * image.width + x) * image.channels;
      let dark = true;
      for (let c = 0; c < colour; c++) if (image.data[at + c] >= 128) dark = false;
      if (dark) count++;
    }
  }
  return count;
}

/** RGBA pixels, as jsQR wants them. */
export function toRgba(image: Image): Uint8ClampedArray {
  const out = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.width * image.height; i++) {
    const at = i * image.channels;
    const grey = image.channels < 3;
    out[i * 4] = image.data[at];
    out[i * 4 + 1] = grey ? image.data[at] : image.data[at + 1];
    out[i * 4 + 2] = grey ? image.data[at] : image.data[at + 2];
    out[i * 4 + 3] = 255;
  }
  return out;
}
