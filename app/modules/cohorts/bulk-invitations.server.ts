import { parse } from "csv-parse/sync";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { createInvitation } from "~/modules/auth/invitations.server";
import { sendMail } from "~/modules/mail/send-mail.server";
import type { Domain } from "~/generated/prisma/client";

type BulkOutcome =
  | "invited"
  | "alreadyMember"
  | "alreadyInvited"
  | "invalid"
  | "invalidSector"
  | "unknownOrganisation"
  | "full"
  | "duplicate";
export type BulkRow = {
  line: number;
  name: string | null;
  email: string;
  sector: string | null;
  organisation: string | null;
  outcome: BulkOutcome;
};
type Candidate = Omit<BulkRow, "outcome">;

const MAX_ROWS = 200;
const emailSchema = z.string().trim().toLowerCase().email().max(254);

const HEADER = /^(naam|name|e-?mail(adres)?|sector|organisatie|organisation)$/i;

/** A sector cell as people write it (Sport, welzijn, ZORG, anders/overig) to the stored value; undefined when it is none of them. */
const SECTORS: Record<string, Domain> = {
  sport: "SPORT",
  zorg: "ZORG",
  care: "ZORG",
  welzijn: "WELZIJN",
  welfare: "WELZIJN",
  anders: "ANDERS",
  overig: "ANDERS",
  other: "ANDERS",
};
const readSector = (cell: string | null): Domain | null | undefined =>
  cell ? SECTORS[cell.trim().toLowerCase()] : null;

/**
 * The people in a pasted list or an uploaded CSV. Each line is an address,
 * "Name <address>", or CSV columns name, e-mail, sector, organisation (a
 * header row is skipped; comma or semicolon separated, as Dutch Excel saves).
 */
export function readInviteList(text: string): Candidate[] {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes(";") ? ";" : ",";
  const records: string[][] = parse(clean, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    trim: true,
    to: MAX_ROWS + 1,
  });
  const out: Candidate[] = [];
  records.forEach((cells, index) => {
    // Cells keep their place (an empty sector must not shift the organisation into it); trailing empty cells go.
    const filled = cells.map((cell) => cell.trim());
    while (filled.length > 1 && filled[filled.length - 1] === "") filled.pop();
    if (
      index === 0 &&
      filled.some((cell) => HEADER.test(cell)) &&
      !filled.some((cell) => cell.includes("@"))
    )
      return;
    const line = index + 1;
    if (filled.length === 1) {
      const angle = /^(.*?)\s*<([^>]+)>$/.exec(filled[0]);
      out.push(
        angle
          ? {
              line,
              name: angle[1].trim() || null,
              email: angle[2].trim(),
              sector: null,
              organisation: null,
            }
          : { line, name: null, email: filled[0], sector: null, organisation: null },
      );
      return;
    }
    // Columns in the documented order; tolerate the address in the first column.
    const [first, second, sector, organisation] = filled;
    const [name, email] =
      first.includes("@") && !second?.includes("@") ? [second ?? "", first] : [first, second ?? ""];
    out.push({
      line,
      name: name || null,
      email,
      sector: sector || null,
      organisation: organisation || null,
    });
  });
  return out.slice(0, MAX_ROWS);
}

/**
 * Invites everyone on the list to the cohort with a personal link (usable
 * once) and says per row what happened. Seats count current participants and
 * personal invitations not yet used, so a full cohort is not over-invited.
 */
export async function inviteList(input: {
  cohortId: string;
  createdById: string;
  people: Candidate[];
  origin: string;
  mail: (person: { name: string | null; link: string }) => { subject: string; text: string };
}): Promise<BulkRow[]> {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: input.cohortId },
    select: { capacity: true },
  });
  const now = new Date();
  const [members, outstanding] = await Promise.all([
    db.cohortMember.findMany({
      where: { cohortId: input.cohortId, removedAt: null },
      select: { role: true, user: { select: { email: true } } },
    }),
    db.invitation.findMany({
      where: {
        cohortId: input.cohortId,
        email: { not: null },
        revokedAt: null,
        expiresAt: { gt: now },
        uses: 0,
      },
      select: { email: true },
    }),
  ]);
  // Organisations named in the list, matched on their name (case and spacing do not matter).
  const named = [
    ...new Set(
      input.people
        .map((person) => person.organisation?.trim())
        .filter((name): name is string => Boolean(name)),
    ),
  ];
  const orgs = named.length
    ? await db.organisation.findMany({
        where: {
          OR: named.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })),
        },
        select: { id: true, name: true },
      })
    : [];
  const orgByName = new Map(orgs.map((org) => [org.name.trim().toLowerCase(), org.id]));
  const memberEmails = new Set(members.map((member) => member.user.email.toLowerCase()));
  const invitedEmails = new Set(outstanding.map((row) => row.email!.toLowerCase()));
  let seatsTaken =
    members.filter((member) => member.role === "PARTICIPANT").length + outstanding.length;
  const seen = new Set<string>();
  const rows: BulkRow[] = [];
  for (const person of input.people) {
    const parsed = emailSchema.safeParse(person.email);
    if (!parsed.success) {
      rows.push({ ...person, outcome: "invalid" });
      continue;
    }
    const email = parsed.data;
    if (seen.has(email)) {
      rows.push({ ...person, email, outcome: "duplicate" });
      continue;
    }
    seen.add(email);
    if (memberEmails.has(email)) {
      rows.push({ ...person, email, outcome: "alreadyMember" });
      continue;
    }
    if (invitedEmails.has(email)) {
      rows.push({ ...person, email, outcome: "alreadyInvited" });
      continue;
    }
    const domain = readSector(person.sector);
    if (domain === undefined) {
      rows.push({ ...person, email, outcome: "invalidSector" });
      continue;
    }
    const memberOrgId = person.organisation
      ? orgByName.get(person.organisation.trim().toLowerCase())
      : undefined;
    if (person.organisation && !memberOrgId) {
      rows.push({ ...person, email, outcome: "unknownOrganisation" });
      continue;
    }
    if (cohort.capacity !== null && seatsTaken >= cohort.capacity) {
      rows.push({ ...person, email, outcome: "full" });
      continue;
    }
    const { token } = await createInvitation({
      createdById: input.createdById,
      cohortId: input.cohortId,
      validDays: 14,
      maxUses: 1,
      email,
      domain: domain ?? undefined,
      memberOrgId,
    });
    await sendMail({
      to: email,
      ...input.mail({ name: person.name, link: `${input.origin}/uitnodiging/${token}` }),
    });
    seatsTaken += 1;
    rows.push({ ...person, email, outcome: "invited" });
  }
  return rows;
}

/** Personal invitations not accepted yet (still valid or expired), newest first. */
export async function listNotAccepted({ cohortId }: { cohortId: string }) {
  const rows = await db.invitation.findMany({
    where: { cohortId, email: { not: null }, revokedAt: null, uses: 0 },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, email: true, createdAt: true, expiresAt: true },
  });
  // Someone who joined by another link is no longer waiting.
  const joined = new Set(
    (
      await db.cohortMember.findMany({
        where: {
          cohortId,
          removedAt: null,
          user: { email: { in: rows.map((row) => row.email!) } },
        },
        select: { user: { select: { email: true } } },
      })
    ).map((row) => row.user.email),
  );
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows)
    if (!joined.has(row.email!) && !latest.has(row.email!)) latest.set(row.email!, row);
  return [...latest.values()].map((row) => ({
    id: row.id,
    email: row.email!,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    expired: row.expiresAt.getTime() <= Date.now(),
  }));
}

/** Sends a personal invitation again with a new link (the old link stops working). */
export async function resendInvitation(input: {
  cohortId: string;
  invitationId: string;
  createdById: string;
  origin: string;
  mail: (link: string) => { subject: string; text: string };
}): Promise<string | null> {
  const old = await db.invitation.findFirst({
    where: {
      id: input.invitationId,
      cohortId: input.cohortId,
      email: { not: null },
      revokedAt: null,
      uses: 0,
    },
    select: { id: true, email: true, domain: true, memberOrgId: true },
  });
  if (!old?.email) return null;
  await db.invitation.update({ where: { id: old.id }, data: { revokedAt: new Date() } });
  const { token } = await createInvitation({
    createdById: input.createdById,
    cohortId: input.cohortId,
    validDays: 14,
    maxUses: 1,
    email: old.email,
    domain: old.domain ?? undefined,
    memberOrgId: old.memberOrgId ?? undefined,
  });
  await sendMail({ to: old.email, ...input.mail(`${input.origin}/uitnodiging/${token}`) });
  return old.email;
}
