import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { ASPECTS } from "../../app/modules/coalitions/aspects";

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/**
 * The demo coalition "Samen in Beweging Enschede": the club, the welfare
 * organisation and the municipality, with a 0-meting (2025) and a 1-meting
 * (2026) of the timeline, two scan rounds, agreements and a handover note.
 * The notes follow what the report saw: interests left unspoken at first,
 * and a partnership that leaned on one person. Skips when it exists.
 */
export async function seedCoalitions(db: PrismaClient): Promise<void> {
  const name = "Samen in Beweging Enschede";
  if (await db.coalition.findFirst({ where: { name } })) return;
  const user = (email: string) =>
    db.user.findUnique({
      where: { email: `${email}@demo.buitendelijnen.nl` },
      select: { id: true },
    });
  const org = (orgName: string) =>
    db.organisation.findFirst({ where: { name: orgName }, select: { id: true } });
  const [henk, marieke, yvonne, sven, club, welfare, town, cohort] = await Promise.all([
    user("clubbeheer"),
    user("begeleider"),
    user("gemeente"),
    user("trainer"),
    org("SV Buitenveld"),
    org("Welzijn Oost"),
    org("Gemeente Enschede"),
    db.cohort.findFirst({
      where: { name: "Sportcoach Enschede najaar 2026" },
      select: { id: true },
    }),
  ]);
  if (!henk || !marieke || !yvonne || !sven || !club || !welfare || !town) return;

  const coalition = await db.coalition.create({
    data: {
      name,
      ambition:
        "Kinderen en jongeren uit Enschede-Oost die nu buiten de boot vallen, sporten over twee jaar bij een club. De club, het welzijnswerk en de gemeente zoeken ze samen op, begeleiden ze samen en spreken elkaars taal.",
      createdById: henk.id,
      partners: { create: [{ orgId: club.id }, { orgId: welfare.id }, { orgId: town.id }] },
      members: {
        create: [
          { userId: henk.id, orgId: club.id, role: "COORDINATOR", roleTitle: "coördinator" },
          { userId: sven.id, orgId: club.id, roleTitle: "trainer jeugd" },
          { userId: marieke.id, orgId: welfare.id, roleTitle: "contactpersoon welzijn" },
          { userId: yvonne.id, orgId: town.id, roleTitle: "beleidsmedewerker sport" },
        ],
      },
      cohorts: cohort ? { create: { cohortId: cohort.id } } : undefined,
    },
  });

  type Note = {
    date: string;
    kind: "POSITIEF" | "NEGATIEF" | "KWARTJE";
    aspect: string;
    text: string;
    org: string;
    author: string;
    showName?: boolean;
    event?: number;
  };
  const board = async (input: {
    year: number;
    number: number;
    events: { date: string; title: string }[];
    notes: Note[];
    conclusions: string;
  }) => {
    const created = await db.timelineBoard.create({
      data: {
        coalitionId: coalition.id,
        periodStart: day(`${input.year}-01-01`),
        periodEnd: day(`${input.year}-12-31`),
        conclusions: input.conclusions,
        number: input.number,
        savedAt: day(`${input.year}-12-15`),
      },
    });
    const events = [];
    for (const event of input.events)
      events.push(
        await db.timelineEvent.create({
          data: { boardId: created.id, date: day(event.date), title: event.title },
        }),
      );
    for (const note of input.notes) {
      const event = note.event === undefined ? null : events[note.event];
      await db.timelineNote.create({
        data: {
          boardId: created.id,
          eventId: event?.id ?? null,
          date: event?.date ?? day(note.date),
          kind: note.kind,
          aspect: note.aspect,
          text: note.text,
          orgId: note.org,
          authorId: note.author,
          showName: note.showName ?? false,
        },
      });
    }
  };
  await board({
    year: 2025,
    number: 0,
    events: [
      { date: "2025-02-11", title: "Eerste overleg club, welzijn en gemeente" },
      { date: "2025-05-24", title: "Sportinstuif in het wijkpark" },
      { date: "2025-09-01", title: "Buurtsportcoach vertrekt" },
    ],
    notes: [
      {
        date: "",
        event: 0,
        kind: "POSITIEF",
        aspect: "relatie",
        text: "Voor het eerst zaten we met z'n drieën aan tafel.",
        org: club.id,
        author: henk.id,
        showName: true,
      },
      {
        date: "",
        event: 0,
        kind: "NEGATIEF",
        aspect: "belangen",
        text: "Niemand zei hardop wat zijn organisatie eraan wilde hebben.",
        org: welfare.id,
        author: marieke.id,
      },
      {
        date: "",
        event: 1,
        kind: "POSITIEF",
        aspect: "ambitie",
        text: "Veertig kinderen uit de wijk deden mee.",
        org: town.id,
        author: yvonne.id,
      },
      {
        date: "",
        event: 1,
        kind: "NEGATIEF",
        aspect: "organisatie",
        text: "Na de instuif was niet geregeld wie de kinderen naar de club zou begeleiden.",
        org: club.id,
        author: sven.id,
      },
      {
        date: "",
        event: 2,
        kind: "NEGATIEF",
        aspect: "proces",
        text: "Alles hing aan één persoon; met haar vertrek lag het contact stil.",
        org: welfare.id,
        author: marieke.id,
      },
      {
        date: "2025-11-20",
        kind: "KWARTJE",
        aspect: "belangen",
        text: "De club zoekt vooral vrijwilligers, wij zoeken een plek voor kwetsbare jongeren: dat kan samengaan.",
        org: welfare.id,
        author: marieke.id,
      },
    ],
    conclusions:
      "Belangen van elke partner aan het begin uitspreken. Afspraken op papier, met een organisatie en een naam erbij. Niet alles bij één persoon beleggen.",
  });
  await board({
    year: 2026,
    number: 1,
    events: [
      { date: "2026-01-15", title: "Convenant getekend" },
      {
        date: "2026-04-18",
        title: "Start cursus Sportcoach met vrijwilligers van club en welzijn",
      },
      { date: "2026-10-03", title: "Tweede sportinstuif" },
    ],
    notes: [
      {
        date: "",
        event: 0,
        kind: "POSITIEF",
        aspect: "belangen",
        text: "In het convenant staat per partner wat die eraan heeft.",
        org: town.id,
        author: yvonne.id,
        showName: true,
      },
      {
        date: "",
        event: 1,
        kind: "POSITIEF",
        aspect: "relatie",
        text: "Trainers en maatjes leerden elkaar kennen in de cursus.",
        org: club.id,
        author: sven.id,
      },
      {
        date: "",
        event: 1,
        kind: "KWARTJE",
        aspect: "organisatie",
        text: "Een maatje kan een jongere de eerste weken naar de training begeleiden.",
        org: welfare.id,
        author: marieke.id,
      },
      {
        date: "",
        event: 2,
        kind: "POSITIEF",
        aspect: "ambitie",
        text: "Twaalf kinderen van de instuif zijn lid geworden.",
        org: club.id,
        author: henk.id,
      },
      {
        date: "",
        event: 2,
        kind: "NEGATIEF",
        aspect: "proces",
        text: "Het overleg schoof twee keer door drukte bij de gemeente.",
        org: welfare.id,
        author: marieke.id,
      },
      {
        date: "2026-11-05",
        kind: "KWARTJE",
        aspect: "proces",
        text: "Met de overdrachtsnotitie kon de nieuwe trainer meteen verder.",
        org: club.id,
        author: sven.id,
      },
    ],
    conclusions:
      "Belangen zijn nu uitgesproken. Overleg vast in de agenda, ook als het druk is. De cursusgroep van volgend jaar weer gemengd samenstellen.",
  });

  // Two scan rounds with three respondents each; receipts apart from the anonymous answers.
  const rounds = [
    {
      number: 1,
      openedAt: new Date("2025-12-01T09:00:00Z"),
      closedAt: new Date("2025-12-20T09:00:00Z"),
      scores: [
        [7, 4, 6, 4, 5],
        [6, 3, 6, 5, 4],
        [8, 5, 7, 4, 5],
      ],
    },
    {
      number: 2,
      openedAt: new Date("2026-12-01T09:00:00Z"),
      closedAt: new Date("2026-12-20T09:00:00Z"),
      scores: [
        [8, 7, 8, 6, 6],
        [7, 7, 8, 7, 5],
        [8, 6, 7, 7, 6],
      ],
    },
  ];
  const respondents = [
    { user: henk.id, org: club.id },
    { user: marieke.id, org: welfare.id },
    { user: yvonne.id, org: town.id },
  ];
  const reasons = [
    "We weten waar we naartoe willen.",
    "Het is duidelijker wat ieder eraan heeft.",
    "We kennen elkaar nu goed.",
    "Taken zijn belegd, maar het blijft krap.",
    "Het overleg loopt, soms schuift het.",
  ];
  for (const round of rounds) {
    const created = await db.scanRound.create({
      data: {
        coalitionId: coalition.id,
        number: round.number,
        openedAt: round.openedAt,
        closedAt: round.closedAt,
      },
    });
    for (const [index, person] of respondents.entries()) {
      await db.scanReceipt.create({ data: { roundId: created.id, userId: person.user } });
      await db.scanResponse.create({
        data: {
          id: randomUUID(),
          roundId: created.id,
          orgId: person.org,
          answers: {
            create: ASPECTS.map((aspect, at) => ({
              aspect,
              score: round.scores[index][at],
              why: index === at % 3 ? reasons[at] : "",
            })),
          },
        },
      });
    }
  }

  await db.agreement.createMany({
    data: [
      {
        coalitionId: coalition.id,
        text: "Elk kwartaal overleg van de drie partners, vast in de agenda.",
        ownerOrgId: town.id,
        personName: "Beleidsmedewerker sport",
        dueOn: day("2027-03-31"),
      },
      {
        coalitionId: coalition.id,
        text: "Maatjes begeleiden nieuwe jeugdleden de eerste zes weken naar de training.",
        ownerOrgId: welfare.id,
        personName: "Contactpersoon welzijn",
        dueOn: day("2026-09-01"),
        status: "DONE",
      },
      {
        coalitionId: coalition.id,
        text: "Twee trainers volgen de cursus Sportcoach in het voorjaar.",
        ownerOrgId: club.id,
        personName: "Coördinator",
        dueOn: day("2027-05-01"),
      },
    ],
  });
  await db.handoverNote.create({
    data: {
      coalitionId: coalition.id,
      orgId: welfare.id,
      roleTitle: "contactpersoon welzijn",
      text: "Bel voor de club Henk Jansen (coördinator) en voor de gemeente de beleidsmedewerker sport. Beloofd: maatjes voor nieuwe jeugdleden, zes weken per kind. Het convenant en de verslagen staan in de map 'Samen in Beweging' op de gedeelde schijf van Welzijn Oost.",
      updatedById: marieke.id,
    },
  });
}
