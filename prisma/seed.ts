import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client";
import { DEFAULT_PASSWORD, factories } from "../tests/factories";
import { seedCohorts } from "./seed/cohorts";
import { seedCertificates } from "./seed/certificates";
import { seedForum } from "./seed/forum";
import { seedEvaluation } from "./seed/evaluation";
import { seedCourse } from "./seed/course";
import { seedCoalitions } from "./seed/coalitions";

type Login = { role: string; email: string; password: string };

/**
 * Demo data for a newcomer: a sports club and a welfare and a care
 * organisation in Enschede, a facilitator, a club admin and volunteers from
 * both worlds. Runs only on an empty database.
 */
export async function seedDemoIfEmpty(
  databaseUrl = process.env.DATABASE_URL!,
): Promise<Login[] | null> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await db.user.count()) > 0) return null;
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}

async function seedDemo(db: PrismaClient): Promise<Login[]> {
  const make = factories(db);
  const club = await make.organisation({
    name: "SV Buitenveld",
    type: "SPORTVERENIGING",
    town: "Enschede",
  });
  const welfare = await make.organisation({
    name: "Welzijn Oost",
    type: "WELZIJNSORGANISATIE",
    town: "Enschede",
  });
  const care = await make.organisation({
    name: "Zorggroep De Linde",
    type: "ZORGORGANISATIE",
    town: "Enschede",
  });
  await make.organisation({
    name: "Vrijwilligerscentrale Enschede",
    type: "OVERIG",
    town: "Enschede",
  });
  const town = await make.organisation({
    name: "Gemeente Enschede",
    type: "OVERIG",
    town: "Enschede",
  });

  const people = [
    {
      key: "Beheerder (platform)",
      email: "beheerder@demo.buitendelijnen.nl",
      name: "Anouk Veldkamp",
      domain: "ANDERS",
      role: "ADMIN",
      volunteerRole: "professional",
    },
    {
      key: "Cursusbegeleider",
      email: "begeleider@demo.buitendelijnen.nl",
      name: "Marieke de Vries",
      domain: "WELZIJN",
      role: "FACILITATOR",
      volunteerRole: "professional",
      org: welfare.id,
    },
    {
      key: "Verenigingsbeheerder",
      email: "clubbeheer@demo.buitendelijnen.nl",
      name: "Henk Jansen",
      domain: "SPORT",
      volunteerRole: "bestuurslid",
      org: club.id,
      orgAdmin: true,
    },
    {
      key: "Sportvrijwilliger (trainer)",
      email: "trainer@demo.buitendelijnen.nl",
      name: "Sven Bakker",
      domain: "SPORT",
      volunteerRole: "trainer",
      org: club.id,
    },
    {
      key: "Sportvrijwilliger",
      email: "teamleider@demo.buitendelijnen.nl",
      name: "Fatma Yıldız",
      domain: "SPORT",
      volunteerRole: "teamleider",
      org: club.id,
    },
    {
      key: "Sportvrijwilliger",
      email: "stagiair@demo.buitendelijnen.nl",
      name: "Daan Mulder",
      domain: "SPORT",
      volunteerRole: "stagiair",
      org: club.id,
    },
    {
      key: "Welzijnsvrijwilliger (maatje)",
      email: "maatje@demo.buitendelijnen.nl",
      name: "Ingrid Smit",
      domain: "WELZIJN",
      volunteerRole: "maatje",
      org: welfare.id,
    },
    {
      key: "Zorgvrijwilliger",
      email: "zorg@demo.buitendelijnen.nl",
      name: "Kees Visser",
      domain: "ZORG",
      volunteerRole: "vrijwilliger-zorg-welzijn",
      org: care.id,
    },
    {
      key: "Gemeente (beleidsmedewerker, coalitie)",
      email: "gemeente@demo.buitendelijnen.nl",
      name: "Yvonne Kok",
      domain: "ANDERS",
      volunteerRole: "professional",
      org: town.id,
      orgAdmin: true,
    },
    {
      key: "Nieuw lid (wacht op club)",
      email: "nieuw@demo.buitendelijnen.nl",
      name: "Łukasz Nowak",
      domain: "SPORT",
      volunteerRole: "trainer",
      org: club.id,
      pending: true,
    },
  ] as const;

  const logins: Login[] = [];
  for (const person of people) {
    const user = await make.user({
      email: person.email,
      name: person.name,
      domain: person.domain,
      role: "role" in person ? person.role : "PARTICIPANT",
      volunteerRole: person.volunteerRole,
    });
    if ("org" in person) {
      await make.membership({
        userId: user.id,
        orgId: person.org,
        role: "orgAdmin" in person ? "ADMIN" : "MEMBER",
        status: "pending" in person ? "PENDING" : "ACTIVE",
      });
    }
    logins.push({ role: person.key, email: person.email, password: DEFAULT_PASSWORD });
  }
  await seedCohorts(db);
  await seedCourse(db);
  await seedForum(db);
  await seedEvaluation(db);
  await seedCertificates(db);
  await seedCoalitions(db);
  return logins;
}
