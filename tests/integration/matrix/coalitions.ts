import { db } from "~/utils/db.server";

/**
 * One side's coalition for the matrix: club X (or Y) and a municipality as
 * partners; the club's administrator is coordinator and participant A (B) a
 * member in the role "contactpersoon"; an open timeline with one event, one
 * agreement and a handover note.
 */
export async function coalitionSide(
  label: "A" | "B",
  side: { club: { id: string }; participant: { id: string }; orgAdmin: { id: string } },
) {
  const town = await db.organisation.create({
    data: { name: `Gemeente ${label}`, type: "OVERIG", town: "Hengelo" },
  });
  const coalition = await db.coalition.create({
    data: {
      name: `Coalitie ${label}`,
      ambition: `Geheime ambitie van coalitie ${label}: meer jongeren uit de wijk aan het sporten.`,
      createdById: side.orgAdmin.id,
      partners: { create: [{ orgId: side.club.id }, { orgId: town.id }] },
      members: {
        create: [
          {
            userId: side.orgAdmin.id,
            orgId: side.club.id,
            role: "COORDINATOR",
            roleTitle: "coördinator",
          },
          { userId: side.participant.id, orgId: side.club.id, roleTitle: "contactpersoon" },
        ],
      },
    },
  });
  const board = await db.timelineBoard.create({
    data: {
      coalitionId: coalition.id,
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-12-31"),
    },
  });
  const event = await db.timelineEvent.create({
    data: { boardId: board.id, date: new Date("2026-03-01"), title: `Startbijeenkomst ${label}` },
  });
  const agreement = await db.agreement.create({
    data: {
      coalitionId: coalition.id,
      text: `Afspraak ${label}`,
      ownerOrgId: side.club.id,
      personName: "Voorzitter",
      dueOn: new Date("2027-01-31"),
    },
  });
  return { coalition, town, event, agreement };
}

/** Row counts and changed fields of the coalition tables, for the matrix's "a denied request changes nothing". */
export async function coalitionFingerprint() {
  return db.$transaction([
    db.coalition.count(),
    db.coalition.aggregate({ _max: { updatedAt: true } }),
    db.coalitionPartner.count(),
    db.coalitionMember.count(),
    db.coalitionMember.count({ where: { leftAt: { not: null } } }),
    db.coalitionCohort.count(),
    db.timelineBoard.count(),
    db.timelineBoard.count({ where: { number: { not: null } } }),
    db.timelineBoard.findMany({ select: { conclusions: true }, orderBy: { id: "asc" } }),
    db.timelineEvent.count(),
    db.timelineNote.count(),
    db.scanRound.count(),
    db.scanRound.count({ where: { closedAt: { not: null } } }),
    db.scanReceipt.count(),
    db.scanResponse.count(),
    db.agreement.count(),
    db.agreement.groupBy({ by: ["status"], _count: true, orderBy: { status: "asc" } }),
    db.handoverNote.count(),
    db.handoverNote.aggregate({ _max: { updatedAt: true } }),
  ]);
}
