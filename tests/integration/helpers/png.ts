import { inflateSync } from "node:zlib";

export type Image = { width: number; height: number; channels: number; data: Uint8Array };

/** A minimal PNG reader for 8-bit greyscale/RGB/RGBA, non-interlaced images (what pdftoppm writes). */
export function readPng(bytes: Uint8Array): Image {
  const buffer = Buffer.from(bytes);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString("ascii", offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error("only 8-bit non-interlaced PNGs");
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[body[9]] ?? 0;
      if (!channels) throw new Error(`unsupported colour type ${body[9]}`);
    } else if (type === "IDAT") idat.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? data[y * stride + x - channels] : 0;
      const up = y > 0 ? data[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? data[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      data[y * stride + x] = value & 255;
    }
  }
  return { width, height, channels, data };
}

/** Dark pixels (all colour channels below 128) in a rectangle given as fractions of the image. */
export function darkPixels(image: Image, box: { top: number; bottom: number; left: number; right: number }): number {
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
