import { gzipSync } from "node:zlib";
import { db } from "~/utils/db.server";

/** Bits per published list: the W3C Bitstring Status List minimum (16 KiB), so one list says little about how many certificates exist. */
const STATUS_LIST_SIZE = 131_072;

const statusListOf = (index: number) => ({
  list: Math.floor(index / STATUS_LIST_SIZE),
  position: index % STATUS_LIST_SIZE,
});
const statusListUrl = (origin: string, list: number) => `${origin}/status/${list}`;

/** The credentialStatus entry of a certificate (BitstringStatusListEntry, purpose revocation). */
export function credentialStatusEntry(origin: string, statusListIndex: number) {
  const { list, position } = statusListOf(statusListIndex);
  return {
    id: `${statusListUrl(origin, list)}#${position}`,
    type: "BitstringStatusListEntry",
    statusPurpose: "revocation",
    statusListIndex: String(position),
    statusListCredential: statusListUrl(origin, list),
  };
}

/** GZIP, then multibase base64url without padding ("u" prefix), with bit 0 as the leftmost bit of the first byte. */
function encodeStatusBits(setPositions: number[], size = STATUS_LIST_SIZE): string {
  const bytes = new Uint8Array(size / 8);
  for (const position of setPositions) bytes[position >> 3] |= 0x80 >> (position & 7);
  return `u${gzipSync(bytes).toString("base64url")}`;
}

/**
 * The status list credential of list `list`: a bit per certificate, set when
 * it is revoked. Built from the database on each request, so a revocation
 * flips the bit at once.
 */
export async function statusListCredential({
  origin,
  list,
  now = new Date(),
}: {
  origin: string;
  list: number;
  now?: Date;
}) {
  const revoked = await db.certificate.findMany({
    where: {
      revokedAt: { not: null },
      statusListIndex: { gte: list * STATUS_LIST_SIZE, lt: (list + 1) * STATUS_LIST_SIZE },
    },
    select: { statusListIndex: true },
  });
  const url = statusListUrl(origin, list);
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: url,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: `${origin}/issuer`,
    validFrom: now.toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: encodeStatusBits(
        revoked.map((row) => statusListOf(row.statusListIndex).position),
      ),
    },
  };
}
