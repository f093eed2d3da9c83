import { createHash } from "node:crypto";
import { CompactSign } from "jose";
import type { CertificateDetails } from "./get-certificate.server";
import { getSigningKey } from "./signing-key.server";
import { formatHours, studyHours } from "./study-load";

const ISSUER_NAME = "Buiten de Lijnen";

/** The issuer profile (Open Badges 3.0 Profile) that credentials point to at <origin>/issuer. */
export function issuerProfile(origin: string) {
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    id: `${origin}/issuer`,
    type: ["Profile"],
    name: ISSUER_NAME,
    url: origin,
    description: "Blended cursus voor vrijwilligers uit de sport en uit zorg en welzijn.",
  };
}

type BadgeInput = Pick<CertificateDetails, "code" | "nameOnCertificate" | "courseTitle" | "cohortName" | "place" | "completedOn" | "issuedAt" | "studyMinutes" | "organisations">;

/** The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential 2.0), unsigned. */
export function buildCredential({ certificate, origin }: { certificate: BadgeInput; origin: string }) {
  const verifyUrl = `${origin}/verifieer/${certificate.code}`;
  const hours = formatHours(studyHours(certificate.studyMinutes));
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    id: `urn:uuid:${uuidFromCode(certificate.code)}`,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: certificate.courseTitle,
    issuer: { id: `${origin}/issuer`, type: ["Profile"], name: ISSUER_NAME, url: origin },
    validFrom: certificate.issuedAt.toISOString(),
    credentialSubject: {
      type: ["AchievementSubject"],
      name: certificate.nameOnCertificate,
      achievement: {
        id: `${origin}/issuer#cursus-sportcoach`,
        type: ["Achievement"],
        name: certificate.courseTitle,
        description: `Cursus ${certificate.courseTitle}, groep ${certificate.cohortName} in ${certificate.place}. Studiebelasting ${hours} uur.`,
        criteria: { narrative: "Alle verplichte online modules afgerond, het vereiste aantal cursusavonden bijgewoond en de evaluatie ingevuld." },
        creator: { id: `${origin}/issuer`, type: ["Profile"], name: ISSUER_NAME },
      },
      result: [{ type: ["Result"], value: `${hours} uur studiebelasting` }],
      completedOn: certificate.completedOn.toISOString().slice(0, 10),
      organisations: certificate.organisations,
    },
    // The public verification page tells whether the certificate was revoked since it was signed.
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
