import { createHash, createHmac } from "node:crypto";
import { CompactSign } from "jose";
import type { CertificateDetails } from "./get-certificate.server";
import { getSigningKey } from "~/utils/signing-key.server";
import { credentialStatusEntry } from "./status-list.server";
import { formatHours, studyHours } from "./study-load";

const ISSUER_NAME = "Buiten de Lijnen";

/** The issuer profile (Open Badges 3.0 Profile) that credentials point to at <origin>/issuer. */
export function issuerProfile(origin: string) {
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    id: `${origin}/issuer`,
    type: ["Profile"],
    name: ISSUER_NAME,
    url: origin,
    description: "Blended cursus voor vrijwilligers uit de sport en uit zorg en welzijn.",
  };
}

type BadgeInput = Pick<
  CertificateDetails,
  | "code"
  | "nameOnCertificate"
  | "courseTitle"
  | "cohortName"
  | "place"
  | "completedOn"
  | "issuedAt"
  | "studyMinutes"
  | "organisations"
  | "statusListIndex"
> & {
  /** The holder's e-mail address: only its salted hash goes into the credential. */
  email: string;
};

/**
 * Open Badges 3.0 IdentityObject: "sha256$" + hex SHA-256 of the e-mail
 * address followed by the salt (spec section on IdentityObject). The salt is
 * derived from the certificate's secret code, so it is unguessable and the
 * same on every download of this credential.
 */
function identityObject(email: string, code: string) {
  const salt = createHmac("sha256", "bdl-identity-salt").update(code).digest("hex").slice(0, 32);
  const identityHash = `sha256$${createHash("sha256").update(`${email.trim().toLowerCase()}${salt}`).digest("hex")}`;
  return { type: "IdentityObject", identityHash, identityType: "emailAddress", hashed: true, salt };
}

/** The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0), unsigned. */
export function buildCredential({
  certificate,
  origin,
}: {
  certificate: BadgeInput;
  origin: string;
}) {
  const verifyUrl = `${origin}/verifieer/${certificate.code}`;
  const hours = formatHours(studyHours(certificate.studyMinutes));
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    id: `urn:uuid:${uuidFromCode(certificate.code)}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: certificate.courseTitle,
    issuer: { id: `${origin}/issuer`, type: ["Profile"], name: ISSUER_NAME, url: origin },
    validFrom: certificate.issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: [identityObject(certificate.email, certificate.code)],
      name: certificate.nameOnCertificate,
      achievement: {
        id: `${origin}/issuer#cursus-sportcoach`,
        type: ["Achievement"],
        name: certificate.courseTitle,
        image: {
          id: `${origin}/badge.svg`,
          type: "Image",
          caption: "Buiten de Lijnen: badge van de cursus",
        },
        description: `Cursus ${certificate.courseTitle}, groep ${certificate.cohortName} in ${certificate.place}. Studiebelasting ${hours} uur.`,
        criteria: {
          narrative:
            "Alle verplichte online modules afgerond, het vereiste aantal cursusavonden bijgewoond en de evaluatie ingevuld.",
        },
        creator: { id: `${origin}/issuer`, type: ["Profile"], name: ISSUER_NAME },
      },
      result: [{ type: ["Result"], value: `${hours} uur studiebelasting` }],
      completedOn: certificate.completedOn.toISOString().slice(0, 10),
      organisations: certificate.organisations,
    },
    // Machine-readable revocation: the bit at this index in the published status list.
    credentialStatus: credentialStatusEntry(origin, certificate.statusListIndex),
    // The public verification page tells people the same.
    evidence: [{ id: verifyUrl, type: ["Evidence"], name: "Verificatiepagina" }],
  };
}

/** The credential secured as a compact JWS (VC-JOSE: typ vc+jwt), signed with the platform's Ed25519 key. */
export async function signCredential(credential: object): Promise<string> {
  const key = await getSigningKey();
  return new CompactSign(new TextEncoder().encode(JSON.stringify(credential)))
    .setProtectedHeader({ alg: "EdDSA", kid: key.kid, typ: "vc+jwt", cty: "vc" })
    .sign(key.privateKey);
}

// A stable id per certificate that does not reveal the code itself.
function uuidFromCode(code: string): string {
  const hex = createHash("sha256").update(`credential:${code}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
