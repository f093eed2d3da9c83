import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { releaseWaitingResponses } from "../../app/modules/evaluation/release.server";

type Answer = { itemId: string; number?: number; text?: string; choices?: string[] };
type DemoResponse = {
  sector: string;
  role: string;
  scores: number[];
  b1: string;
  e2: string;
  why?: string;
  texts: Partial<Record<"B2" | "B3" | "D1" | "D2" | "E3", string>>;
};

// Scores for C1..C9, D3 and E1, in that order.
const RESPONSES: DemoResponse[] = [
  {
    sector: "sport",
    role: "trainer",
    scores: [8, 7, 8, 7, 6, 6, 8, 7, 8, 9, 8],
    b1: "ja",
    e2: "ja",
    why: "Ik snap nu veel beter hoe een welzijnswerker naar mijn jeugdspelers kijkt.",
    texts: {
      B2: "In de sport draait het om presteren en plezier, in welzijn om de persoon en zijn situatie.",
      D1: "De avond over kwetsbare jongeren en hoe je signalen herkent.",
      E3: "Meer van dit soort avonden graag.",
    },
  },
  {
    sector: "sport",
    role: "teamleider",
    scores: [7, 7, 6, 8, 7, 7, 6, 8, 7, 8, 9],
    b1: "ja",
    e2: "ja",
    texts: {
      B3: "Een club werkt met vrijwilligers die het in hun vrije tijd doen; zorg heeft betaalde krachten met protocollen.",
      D2: "Je zit in één groep met mensen van de andere kant en je leert elkaars taal.",
    },
  },
  {
    sector: "sport",
    role: "bestuurslid",
    scores: [6, 6, 7, 7, 5, 5, 6, 7, 6, 7, 7],
    b1: "ja",
    e2: "weet-niet",
    why: "Nuttig, maar voor ons bestuur was veel al bekend.",
    texts: { E3: "Voor bestuursleden mag het wat korter." },
  },
  {
    sector: "sport",
    role: "trainer",
    scores: [9, 8, 8, 9, 8, 8, 9, 8, 9, 10, 9],
    b1: "ja",
    e2: "ja",
    texts: {
      D1: "Het gesprek met het maatje uit de wijk over een jongen uit mijn team.",
      B2: "Tempo: bij ons moet het snel, in de zorg nemen ze meer tijd.",
    },
  },
  {
    sector: "sport",
    role: "stagiair",
    scores: [7, 8, 7, 6, 7, 6, 8, 6, 7, 8, 8],
    b1: "nee",
    e2: "ja",
    texts: { E3: "Als stagiair heb ik hier meer geleerd dan op school over dit onderwerp." },
  },
  {
    sector: "sport",
    role: "scheidsrechter",
    scores: [5, 6, 5, 6, 6, 5, 7, 6, 6, 7, 6],
    b1: "weet-niet",
    e2: "nee",
    why: "Voor scheidsrechters was het minder direct toepasbaar.",
    texts: {},
  },
  {
    sector: "welzijn",
    role: "maatje",
    scores: [9, 9, 8, 8, 8, 9, 7, 6, 8, 9, 10],
    b1: "ja",
    e2: "ja",
    why: "Ik weet nu hoe het reilen en zeilen van een vereniging werkt.",
    texts: {
      B2: "Een vereniging heeft geen zorgplicht, maar wel heel veel betrokkenheid.",
      D2: "De praktijkcasussen van trainers lieten zien wat ze elke week meemaken.",
    },
  },
  {
    sector: "zorg",
    role: "vrijwilliger-zorg-welzijn",
    scores: [8, 8, 9, 7, 7, 7, 6, 6, 7, 8, 8],
    b1: "ja",
    e2: "ja",
    texts: {
      B3: "De club kijkt naar het team, wij kijken naar één persoon.",
      D1: "De uitleg over hoe je een sporter doorverwijst naar de verenigingscoach.",
    },
  },
  {
    sector: "welzijn",
    role: "professional-zorg-welzijn",
    scores: [8, 9, 8, 9, 8, 8, 7, 7, 8, 9, 9],
    b1: "ja",
    e2: "ja",
    why: "We hebben nu vaste contactpersonen bij twee clubs.",
    texts: { E3: "Zorg dat de gemeente dit blijft betalen." },
  },
  {
    sector: "zorg",
    role: "professional-zorg-welzijn",
    scores: [7, 7, 8, 8, 6, 7, 6, 5, 6, 8, 7],
    b1: "ja",
    e2: "weet-niet",
    texts: { B2: "Sportclubs zijn informeler, je spreekt mensen gewoon langs de lijn aan." },
  },
  {
    sector: "welzijn",
    role: "vrijwilliger-zorg-welzijn",
    scores: [10, 9, 9, 8, 8, 9, 8, 7, 8, 10, 10],
    b1: "ja",
    e2: "ja",
    texts: { D2: "Samen een casus bespreken met een trainer erbij: dat gebeurt anders nooit." },
  },
  {
    sector: "anders",
    role: "anders",
    scores: [6, 7, 6, 7, 6, 6, 6, 6, 6, 7, 7],
    b1: "ja",
    e2: "ja",
    texts: {},
  },
];

// Created by prisma/seed/cohorts.ts.
const DEMO_COHORT = "Sportcoach Enschede najaar 2026";

const SCALE_IDS = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "D3", "E1"];

function answersOf(response: DemoResponse): Answer[] {
  return [
    { itemId: "A1", choices: [response.sector] },
    { itemId: "A2", choices: [response.role] },
    { itemId: "B1", choices: [response.b1] },
    { itemId: "E2", choices: [response.e2] },
    ...SCALE_IDS.map((itemId, index) => ({
      itemId,
      number: response.scores[index],
      ...(itemId === "C1" && response.why ? { text: response.why } : {}),
    })),
    ...Object.entries(response.texts).map(([itemId, text]) => ({ itemId, text })),
  ];
}

/**
 * Anonymous evaluation responses for the demo cohort, so that the report has
 * something to show: 6 sport, 5 zorg/welzijn and 1 "anders" (that column
 * shows "te weinig antwoorden"). No receipts: those belong to real people.
 */
export async function seedEvaluation(
  db: PrismaClient,
  ctx: { cohortId?: string } = {},
): Promise<void> {
  const cohort = ctx.cohortId
    ? await db.cohort.findUnique({ where: { id: ctx.cohortId }, select: { id: true } })
    : ((await db.cohort.findFirst({ where: { name: DEMO_COHORT }, select: { id: true } })) ??
      (await db.cohort.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } })));
  if (cohort && (await db.evaluationResponse.count({ where: { cohortId: cohort.id } }))) return;
  if (!cohort) return;
  await db.cohort.update({ where: { id: cohort.id }, data: { evaluationOpenedAt: new Date() } });
  const monday = new Date(Date.UTC(2026, 10, 23));
  for (const response of RESPONSES) {
    await db.evaluationResponse.create({
      data: {
        id: randomUUID(),
        cohortId: cohort.id,
        questionnaireVersion: 1,
        sector: response.sector,
        submittedWeek: monday,
        answers: {
          create: answersOf(response).map((answer) => ({
            itemId: answer.itemId,
            number: answer.number ?? null,
            text: answer.text ?? null,
            choices: answer.choices ?? [],
          })),
        },
      },
    });
  }
  // The release rule as after a submit: the 12 responses written at once are waiting together, so they form one batch.
  await releaseWaitingResponses(db, { cohortId: cohort.id });
}
