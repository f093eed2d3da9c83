import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Bitstring } from "@digitalbazaar/bitstring";
import Ajv2019 from "ajv/dist/2019";
import addFormats from "ajv-formats";
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { startAppServer, type RunningApp } from "../setup/app-server";
import { cookieFor, get, post } from "./helpers/http";

const make = factories(db);
let app: RunningApp;

beforeAll(async () => {
  app = await startAppServer(process.env.DATABASE_URL!);
}, 60_000);
afterAll(async () => app?.stop());

async function certifiedParticipant(name = "Ayşe Yıldız") {
  const facilitator = await make.user({ role: "FACILITATOR", name: "Marieke de Vries" });
  const participant = await make.user({ name });
  const classmate = await make.user({ name: "Daan Mulder" });
  const org = await make.organisation({ name: "SV Buitenveld" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [participant.id, classmate.id],
    orgIds: [org.id],
    minEvenings: 1,
  });
  await make.courseCompletion({
    cohortId: cohort.id,
    userId: participant.id,
    recordedById: facilitator.id,
  });
  const cookie = await cookieFor(participant.id);
  const response = await post(app, `/groepen/${cohort.id}/certificaat`, [], cookie);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Je certificaat is klaar");
  const certificate = await db.certificate.findUniqueOrThrow({
    where: { userId_cohortId: { userId: participant.id, cohortId: cohort.id } },
  });
  return { facilitator, participant, classmate, cohort, cookie, certificate };
}

describe("certificate downloads", () => {
  it("a participant who has not finished is told what is missing, and gets no certificate", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const participant = await make.user();
    const cohort = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [participant.id],
    });
    const response = await post(
      app,
      `/groepen/${cohort.id}/certificaat`,
      [],
      await cookieFor(participant.id),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Je hebt nog niet alles afgerond.");
    expect(await db.certificate.count({ where: { cohortId: cohort.id } })).toBe(0);
  });

  it("serves the PDF to its owner and to staff, never to a classmate", async () => {
    const { facilitator, participant, classmate, cohort, cookie } = await certifiedParticipant();
    const own = await get(app, `/groepen/${cohort.id}/certificaat.pdf`, cookie);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await own.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(200 * 1024);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const staff = await get(
      app,
      `/groepen/${cohort.id}/certificaat.pdf?voor=${participant.id}`,
      await cookieFor(facilitator.id),
    );
    expect(staff.status).toBe(200);
    const peeking = await get(
      app,
      `/groepen/${cohort.id}/certificaat.pdf?voor=${participant.id}`,
      await cookieFor(classmate.id),
    );
    expect(peeking.status).toBe(403);
    const outsider = await get(
      app,
      `/groepen/${cohort.id}/certificaat.pdf`,
      await cookieFor((await make.user()).id),
    );
    expect(outsider.status).toBe(403);
  });

  it("the Open Badges 3.0 credential verifies with the published key, and a changed name fails", async () => {
    const { cohort, cookie } = await certifiedParticipant("Łukasz Nguyễn");
    const response = await get(app, `/groepen/${cohort.id}/certificaat.json`, cookie);
    expect(response.status).toBe(200);
    const { jws } = (await response.json()) as { jws: string };
    const jwks = (await (await get(app, "/.well-known/jwks.json")).json()) as JSONWebKeySet;
    expect(jwks.keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(jwks.keys[0]).not.toHaveProperty("d");
    const header = decodeProtectedHeader(jws);
    expect(header).toMatchObject({ alg: "EdDSA", typ: "vc+jwt", kid: jwks.keys[0].kid });

    const { payload } = await compactVerify(jws, createLocalJWKSet(jwks));
    const credential = JSON.parse(new TextDecoder().decode(payload));
    expect(credential["@context"]).toEqual([
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]);
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.issuer).toMatchObject({ id: `${app.url}/issuer`, name: "Buiten de Lijnen" });
    expect(credential.credentialSubject.name).toBe("Łukasz Nguyễn");
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ["Achievement"],
      name: "Sportcoach in de samenleving",
      criteria: { narrative: expect.any(String) },
    });
    expect(Date.parse(credential.validFrom)).not.toBeNaN();

    const [protectedHeader, , signature] = jws.split(".");
    const forged = Buffer.from(
      JSON.stringify({
        ...credential,
        credentialSubject: { ...credential.credentialSubject, name: "Lukas Nguyen" },
      }),
    ).toString("base64url");
    await expect(
      compactVerify(`${protectedHeader}.${forged}.${signature}`, createLocalJWKSet(jwks)),
    ).rejects.toThrow();

    const issuer = await (await get(app, "/issuer")).json();
    expect(issuer).toMatchObject({
      id: `${app.url}/issuer`,
      type: ["Profile"],
      name: "Buiten de Lijnen",
    });
  });
});

describe("Open Badges 3.0 conformance (issue 17)", () => {
  // Independent checks: ajv (JSON Schema 2019-09) against a schema written from the
  // OB 3.0 spec's data model, and Digital Bazaar's bitstring library to read the status list.
  const schema = JSON.parse(
    readFileSync("tests/fixtures/ob-v3p0-achievement-credential.schema.json", "utf8"),
  );
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  async function statusBit(url: string, index: number): Promise<boolean> {
    const list = await (await fetch(url)).json();
    expect(list.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(list.credentialSubject).toMatchObject({
      type: "BitstringStatusList",
      statusPurpose: "revocation",
    });
    const encoded: string = list.credentialSubject.encodedList;
    expect(encoded.startsWith("u")).toBe(true); // multibase base64url
    const bits = new Bitstring({
      buffer: await Bitstring.decodeBits({ encoded: encoded.slice(1) }),
    });
    expect(bits.length).toBeGreaterThanOrEqual(131_072);
    return bits.get(index);
  }

  it("has a hashed e-mail identifier, an achievement image and a status entry; the status bit flips on revocation", async () => {
    const { cohort, cookie, participant, facilitator, certificate } =
      await certifiedParticipant("Noor Bakker");
    const { jws } = (await (
      await get(app, `/groepen/${cohort.id}/certificaat.json`, cookie)
    ).json()) as { jws: string };
    const jwks = (await (await get(app, "/.well-known/jwks.json")).json()) as JSONWebKeySet;
    const credential = JSON.parse(
      new TextDecoder().decode((await compactVerify(jws, createLocalJWKSet(jwks))).payload),
    );

    const valid = validate(credential);
    expect(validate.errors ?? [], "OB 3.0 schema errors").toEqual([]);
    expect(valid).toBe(true);
    // Old code: credentialSubject had neither id nor identifier, and no credentialStatus.
    const withoutIdentifier = {
      ...credential,
      credentialSubject: { ...credential.credentialSubject, identifier: undefined },
    };
    expect(validate(JSON.parse(JSON.stringify(withoutIdentifier)))).toBe(false);

    const [identity] = credential.credentialSubject.identifier;
    expect(identity).toMatchObject({
      type: "IdentityObject",
      identityType: "emailAddress",
      hashed: true,
    });
    expect(identity.identityHash).toBe(
      `sha256$${createHash("sha256")
        .update(participant.email.toLowerCase() + identity.salt)
        .digest("hex")}`,
    );
    expect(JSON.stringify(credential)).not.toContain(participant.email);
    expect(
      (await get(app, new URL(credential.credentialSubject.achievement.image.id).pathname)).status,
    ).toBe(200);

    const status = credential.credentialStatus;
    expect(status).toMatchObject({ type: "BitstringStatusListEntry", statusPurpose: "revocation" });
    const index = Number(status.statusListIndex);
    expect(await statusBit(status.statusListCredential, index)).toBe(false);
    const revoke = await post(
      app,
      `/groepen/${cohort.id}/certificaten`,
      [
        ["intent", "revoke"],
        ["certificateId", certificate.id],
        ["reason", "Toch niet afgerond"],
      ],
      await cookieFor(facilitator.id),
    );
    expect(revoke.status).toBe(200);
    expect(await statusBit(status.statusListCredential, index)).toBe(true);
    // The signed form of the list verifies with the same published key.
    const signedList = await (
      await fetch(status.statusListCredential, { headers: { Accept: "application/vc+jwt" } })
    ).text();
    await expect(compactVerify(signedList, createLocalJWKSet(jwks))).resolves.toBeTruthy();
  });
});

describe("public verification", () => {
  it("says geldig for a real code, without login and without any script", async () => {
    const { certificate } = await certifiedParticipant("Fatma Yıldız");
    const response = await get(app, `/verifieer/${certificate.code}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Geldig certificaat");
    expect(html).toContain("Fatma Yıldız");
    expect(html).toContain("Sportcoach in de samenleving");
    expect(html).toContain("SV Buitenveld");
    expect(html).not.toMatch(/<script/i);
    // A typed code with dashes and lower case works through the form.
    const typed = certificate.code
      .toLowerCase()
      .match(/.{1,4}/g)!
      .join("-");
    expect(await (await get(app, `/verifieer?code=${typed}`)).text()).toContain(
      "Geldig certificaat",
    );
  });

  it("after revocation says ingetrokken with the date", async () => {
    const { facilitator, participant, cohort, certificate } = await certifiedParticipant();
    const revoke = await post(
      app,
      `/groepen/${cohort.id}/certificaten`,
      [
        ["intent", "revoke"],
        ["certificateId", certificate.id],
        ["reason", "Toch niet afgerond"],
      ],
      await cookieFor(facilitator.id),
    );
    expect(revoke.status).toBe(200);
    const html = await (await get(app, `/verifieer/${certificate.code}`)).text();
    expect(html).toContain("Ingetrokken certificaat");
    expect(html).toMatch(/ingetrokken op \d{1,2} \w+ \d{4}/);
    expect(
      (await get(app, `/groepen/${cohort.id}/certificaat.pdf`, await cookieFor(participant.id)))
        .status,
    ).toBe(404);
  });

  it("answers onbekend for wrong and malformed codes with identical pages that do not echo the code", async () => {
    const wrongA = "A".repeat(32);
    const wrongB = "7QK2M9XW4TZR8VBN3HJC6PDF5GYS1E0A";
    const pages = await Promise.all(
      [
        `/verifieer/${wrongA}`,
        `/verifieer/${wrongB}`,
        "/verifieer/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/verifieer?code=kort",
      ].map(async (path) => {
        const response = await get(app, path);
        return { status: response.status, html: await response.text() };
      }),
    );
    for (const page of pages) {
      expect(page.status).toBe(404);
      expect(page.html).toContain("Onbekende code");
      expect(page.html).not.toMatch(/<script/i);
    }
    expect(pages[0].html).not.toContain(wrongA);
    expect(pages[1].html).not.toContain(wrongB);
    expect(pages[1].html).toBe(pages[0].html);
    expect(pages[2].html).toBe(pages[0].html);
    expect(pages[3].html).toBe(pages[0].html);
  });

  it("is rate limited per IP with the Dutch wait message", async () => {
    let last: Response | undefined;
    for (let attempt = 0; attempt < 125; attempt++) {
      last = await get(app, `/verifieer/${"B".repeat(32)}`);
      if (last.status === 429) break;
    }
    expect(last?.status).toBe(429);
    const html = await last!.text();
    expect(html).toMatch(
      /Je hebt het te vaak geprobeerd\. Probeer het over \d+ minu(ten|ut) opnieuw\./,
    );
    expect(html).not.toContain("Onbekende code");
  });
});
