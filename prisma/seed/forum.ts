import type { PrismaClient } from "../../app/generated/prisma/client";

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";
type Person = { id: string; domain: Domain | null };

const minutes = (n: number) => new Date(Date.now() - n * 60_000);

/**
 * Demo practice cases in the demo cohort: anonymised situations from sport,
 * with replies from both sectors, one pseudonymous, one course-wide. Skips
 * when there is no cohort yet or when the cohort already has cases.
 */
export async function seedForum(db: PrismaClient, _ctx?: unknown): Promise<void> {
  const cohort =
    (await db.cohort.findFirst({ where: { name: "Sportcoach Enschede najaar 2026" } })) ??
    (await db.cohort.findFirst({ orderBy: { createdAt: "asc" } }));
  if (!cohort || (await db.forumCase.count({ where: { cohortId: cohort.id } })) > 0) return;
  const members = await db.cohortMember.findMany({
    where: { cohortId: cohort.id, removedAt: null },
    select: { role: true, user: { select: { id: true, domain: true, email: true } } },
  });
  const pick = (email: string, domains: Domain[]): Person | undefined =>
    members.find((member) => member.user.email === email)?.user ??
    members.find(
      (member) => member.role === "PARTICIPANT" && domains.includes(member.user.domain as Domain),
    )?.user;
  const sport = pick("trainer@demo.buitendelijnen.nl", ["SPORT"]);
  const sport2 = pick("teamleider@demo.buitendelijnen.nl", ["SPORT"]) ?? sport;
  const welfare = pick("maatje@demo.buitendelijnen.nl", ["WELZIJN", "ZORG"]);
  const care = pick("zorg@demo.buitendelijnen.nl", ["ZORG", "WELZIJN"]) ?? welfare;
  if (!sport || !sport2 || !welfare || !care) return;

  const post = async (input: {
    author: Person;
    courseWide?: boolean;
    pseudonymous?: boolean;
    title: string;
    situation: string;
    whatIDid: string;
    question: string;
    themes: string[];
    moduleKey?: string;
    at: number;
    replies: {
      author: Person;
      body: string;
      at: number;
      pseudonymous?: boolean;
      mostHelpful?: boolean;
    }[];
  }) => {
    const lastAt = input.replies.length
      ? Math.min(...input.replies.map((reply) => reply.at))
      : input.at;
    const created = await db.forumCase.create({
      data: {
        cohortId: input.courseWide ? null : cohort.id,
        authorId: input.author.id,
        authorDomain: input.author.domain,
        authorTown: cohort.place,
        pseudonymous: input.pseudonymous ?? false,
        title: input.title,
        situation: input.situation,
        whatIDid: input.whatIDid,
        question: input.question,
        themes: input.themes,
        moduleKey: input.moduleKey ?? null,
        createdAt: minutes(input.at),
        lastReplyAt: minutes(lastAt),
      },
    });
    await db.threadRead.create({
      data: { userId: input.author.id, caseId: created.id, lastReadAt: minutes(input.at) },
    });
    for (const reply of input.replies) {
      await db.forumReply.create({
        data: {
          caseId: created.id,
          authorId: reply.author.id,
          authorDomain: reply.author.domain,
          pseudonymous: reply.pseudonymous ?? false,
          body: reply.body,
          mostHelpful: reply.mostHelpful ?? false,
          createdAt: minutes(reply.at),
        },
      });
    }
    return created;
  };

  await post({
    author: sport,
    title: "Twee groepjes in mijn JO15 die elkaar negeren",
    situation:
      "In mijn team zitten sinds de zomer twee groepjes. De jongens van de ene school passen de bal niet naar de jongens van de andere school. Vorige week liep een jongen van 14 huilend het veld af.",
    whatIDid:
      "Ik heb de teams bij oefeningen gemengd en na de training het groepje apart genomen. Dat hielp een week, daarna was het weer hetzelfde.",
    question: "Hoe krijg ik er één team van, zonder dat het een preek wordt?",
    themes: ["teamprocessen", "veilig-sportklimaat"],
    moduleKey: "kern/teamprocessen",
    at: 60 * 24 * 3,
    replies: [
      {
        author: welfare,
        at: 60 * 24 * 2,
        mostHelpful: true,
        body: "Bij ons jongerenwerk werkt het goed om **samen iets te organiseren** dat niet over voetbal gaat, bijvoorbeeld een toernooitje voor de jongste jeugd.\n\n- laat ze in gemengde tweetallen een taak kiezen\n- geef elk tweetal een eigen verantwoordelijkheid",
      },
      {
        author: sport2,
        at: 60 * 24,
        body: "Herkenbaar. Wij laten aanvoerders per maand wisselen, en elke keer uit een ander groepje.",
      },
      {
        author: care,
        at: 60 * 5,
        body: "Let ook even op de jongen die huilend wegliep: heeft iemand al met hem gepraat? Soms zit er thuis of op school meer achter.",
      },
    ],
  });
  await post({
    author: sport2,
    pseudonymous: true,
    title: "Een speler met een LVB die steeds boos wordt",
    situation:
      "Een speler van 17 met een licht verstandelijke beperking wordt boos als hij wordt gewisseld. Hij gooit dan met spullen in de dug-out. Andere ouders beginnen te klagen.",
    whatIDid:
      "Ik heb vooraf gezegd wanneer hij gewisseld wordt, maar dat vergeet hij in de wedstrijd.",
    question: "Wie heeft ervaring met duidelijke afspraken die wél blijven hangen?",
    themes: ["lvb", "kwetsbare-jongeren"],
    at: 60 * 30,
    replies: [
      {
        author: care,
        at: 60 * 20,
        body: "Wat vaak helpt: maak het **zichtbaar**. Een kaartje met de minuut waarop hij wisselt, dat hij zelf vasthoudt. En spreek vooraf één rustig plekje af.",
      },
      {
        author: welfare,
        at: 60 * 2,
        pseudonymous: true,
        body: "Vraag eens of zijn begeleider van de zorgaanbieder een keer komt kijken. Die kent zijn signalen vaak al.",
      },
    ],
  });
  await post({
    author: welfare,
    title: "Hoe vind ik een club die past bij een jongere uit mijn wijk?",
    situation:
      "Ik ben maatje van een meisje van 12 dat graag wil sporten, maar ze is erg verlegen. Bij de eerste proeftraining durfde ze niet uit de auto te stappen.",
    whatIDid: "Ik ben met haar naar twee clubs geweest om te kijken, zonder mee te doen.",
    question:
      "Wat kan ik als maatje aan een trainer vragen, zodat de eerste keer makkelijker wordt?",
    themes: ["samenwerking", "kwetsbare-jongeren"],
    at: 60 * 24 * 5,
    replies: [
      {
        author: sport,
        at: 60 * 24 * 4,
        body: "Vraag of ze tien minuten eerder mag komen en alvast de ballen mag klaarleggen. Dan kent ze het veld en de trainer voordat de rest er is.",
      },
    ],
  });
  await post({
    author: sport,
    courseWide: true,
    title: "Te weinig vrijwilligers voor de jeugd: hoe doen andere clubs het?",
    situation:
      "Onze club heeft voor elk jeugdteam maar één trainer. Ouders willen wel helpen, maar niet vast elke week.",
    whatIDid: "We hebben een lijst gemaakt met kleine klussen van één keer.",
    question: "Hoe maken jullie van losse hulp een vaste groep vrijwilligers?",
    themes: ["vrijwilligers"],
    at: 60 * 24 * 6,
    replies: [
      {
        author: welfare,
        at: 60 * 24 * 5,
        body: "De vrijwilligerscentrale in onze gemeente helpt clubs met een *klussenbank*. Misschien kan die van jullie dat ook.",
      },
    ],
  });
}
