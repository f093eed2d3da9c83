/**
 * Runs after `remix build`: writes a Brotli (.br) and a gzip (.gz) copy next
 * to each script and stylesheet in public/build, compressed once at the
 * highest level, so that the server sends them without compressing each
 * request again (express-static-gzip picks the copy the browser accepts).
 * Asset names carry a content hash, so a copy never goes stale.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = path.resolve("public/build");
const worthCompressing = /\.(js|css|svg|json)$/;
let files = 0;
let before = 0;
let after = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !worthCompressing.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const source = readFileSync(file);
  const brotli = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
  writeFileSync(`${file}.br`, brotli);
  writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
  files += 1;
  before += source.length;
  after += brotli.length;
}
console.log(
  `Compressed ${files} assets: ${(before / 1024).toFixed(0)} KiB, Brotli ${(after / 1024).toFixed(0)} KiB`,
);
