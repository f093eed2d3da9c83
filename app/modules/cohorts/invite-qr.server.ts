import QRCode from "qrcode";

/** An invitation link as an SVG QR code, to show on a screen at the first evening. */
export function inviteQrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
