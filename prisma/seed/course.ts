import type { PrismaClient } from "../../app/generated/prisma/client";
import { checkSafeMdx } from "../../app/modules/courses/mdx-guard";

const LESSONS = [
  {
    slug: "het-wijkteam-in-enschede-oost",
    title: "Het wijkteam in Enschede-Oost",
    minutes: 15,
    body: `## Wie zit er in het wijkteam?

In het wijkteam werken mensen van welzijn, jeugdzorg en maatschappelijk werk samen. Zij kennen de gezinnen in de wijk. Jij kent de kinderen op het veld. Samen zie je meer.

<Kader soort="tip" titel="Eén vast gezicht">
Vraag het wijkteam om één vaste contactpersoon voor je club. Dan hoef je niet elke keer opnieuw uit te leggen wie je bent.
</Kader>

<Reflectie id="wijkteam-kennen" vraag="Weet jij wie het wijkteam in jouw buurt is? Hoe zou je contact leggen?" />
`,
  },
  {
    slug: "samen-optrekken-met-welzijn-oost",
    title: "Samen optrekken met Welzijn Oost",
    minutes: 20,
    body: `## Een vaste afspraak

SV Buitenveld en Welzijn Oost spreken elk kwartaal af in de kantine. Ze bespreken welke jongeren extra aandacht nodig hebben, zonder namen als dat niet nodig is.

<Kennischeck id="wanneer-bellen" vraag="Een speler komt al drie weken niet. Wat doe je eerst?">
<Optie feedback="Dat is te snel. Begin bij de speler en de ouders.">Je belt meteen het wijkteam.</Optie>
<Optie juist feedback="Goed zo. Eerst zelf contact, daarna samen kijken of hulp nodig is.">Je vraagt de speler of de ouders hoe het gaat.</Optie>
<Optie feedback="Wachten helpt de speler niet.">Je wacht af tot hij terugkomt.</Optie>
</Kennischeck>

<Praktijkcasus thema="samenwerking" vraag="Wanneer schakelde jij hulp in van buiten de club?">
Beschrijf een moment waarop je samenwerkte met welzijn of zorg. Wat ging goed, wat zou je anders doen?
</Praktijkcasus>
`,
  },
];

/**
 * A local module written "in the browser" by the demo facilitator and
 * published, plus the shipped Enschede module, in the demo cohort's run;
 * and a reflection and an answered knowledge check for the demo trainer.
 */
export async function seedCourse(db: PrismaClient, _ctx?: unknown): Promise<void> {
  const facilitator = await db.user.findUnique({
    where: { email: "begeleider@demo.buitendelijnen.nl" },
    select: { id: true },
  });
  const cohort = await db.cohort.findFirst({
    where: { name: "Sportcoach Enschede najaar 2026" },
    select: { id: true },
  });
  if (
    !facilitator ||
    !cohort ||
    (await db.localModule.count({ where: { ownerId: facilitator.id } }))
  )
    return;
  for (const lesson of LESSONS)
    if (!checkSafeMdx(lesson.body).ok)
      throw new Error(`demo lesson ${lesson.slug} does not pass the MDX guard`);

  const welfare = await db.organisation.findFirst({
    where: { name: "Welzijn Oost" },
    select: { id: true },
  });
  const module = await db.localModule.create({
    data: {
      ownerId: facilitator.id,
      orgId: welfare?.id ?? null,
      region: "Enschede",
      status: "PUBLISHED",
    },
  });
  const goals = [
    "Je weet wie het wijkteam in Enschede-Oost is.",
    "Je weet wanneer en hoe je samen optrekt met Welzijn Oost.",
  ];
  await db.localModuleVersion.create({
    data: {
      moduleId: module.id,
      number: 1,
      title: "Samenwerken in Enschede-Oost",
      goals,
      lessons: LESSONS.slice(0, 1),
      createdById: facilitator.id,
    },
  });
  const published = await db.localModuleVersion.create({
    data: {
      moduleId: module.id,
      number: 2,
      title: "Samenwerken in Enschede-Oost",
      goals,
      lessons: LESSONS,
      createdById: facilitator.id,
      publishedAt: new Date(),
    },
  });
  await db.localModule.update({
    where: { id: module.id },
    data: { publishedVersionId: published.id },
  });

  const last = await db.cohortModule.aggregate({
    where: { cohortId: cohort.id },
    _max: { position: true },
  });
  const next = last._max.position ?? 0;
  await db.cohortModule.createMany({
    data: [
      { cohortId: cohort.id, moduleKey: "lokaal/enschede", position: next + 1, required: true },
      {
        cohortId: cohort.id,
        moduleKey: `lm/${module.id}`,
        localModuleId: module.id,
        localVersionId: published.id,
        position: next + 2,
        required: false,
      },
    ],
    skipDuplicates: true,
  });

  const trainer = await db.user.findUnique({
    where: { email: "trainer@demo.buitendelijnen.nl" },
    select: { id: true },
  });
  if (!trainer) return;
  await db.reflection.create({
    data: {
      userId: trainer.id,
      cohortId: cohort.id,
      moduleKey: "kern/teamprocessen",
      reflectionId: "kern/teamprocessen/van-groep-naar-team/m4-reflectie-1",
      text: "Mijn JO13 zit in de stormfase. Twee groepjes praten niet met elkaar. Ik wil de teams voortaan zelf indelen.",
    },
  });
  await db.checkAnswer.create({
    data: {
      userId: trainer.id,
      cohortId: cohort.id,
      checkId: "kern/teamprocessen/rollen-in-het-team/m4-check-1",
      moduleKey: "kern/teamprocessen",
      optionIndex: 2,
      correct: true,
    },
  });
}
