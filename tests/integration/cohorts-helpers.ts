import { db } from "~/utils/db.server";
import { factories } from "../factories";

export { callRoute as request } from "../setup/call-route";

/** Two cohorts (Enschede, Zwolle), each with a facilitator, a sport and a welfare participant and one evening. */
export async function twoCohorts() {
  const make = factories(db);
  const cohort = async (place: string) => {
    const facilitator = await make.user({
      role: "FACILITATOR",
      domain: "WELZIJN",
      name: `Begeleider ${place}`,
    });
    const sport = await make.user({ domain: "SPORT", name: `Sporter ${place}` });
    const welfare = await make.user({ domain: "WELZIJN", name: `Welzijner ${place}` });
    const created = await make.cohort({
      facilitatorId: facilitator.id,
      participantIds: [sport.id, welfare.id],
      place,
      name: `Groep ${place}`,
    });
    const evening = await db.evening.create({
      data: {
        cohortId: created.id,
        startsAt: new Date("2026-10-01T17:30:00Z"),
        endsAt: new Date("2026-10-01T19:30:00Z"),
        place: `Kantine ${place}`,
        topic: `Avond in ${place}`,
      },
    });
    return { id: created.id, facilitator, sport, welfare, evening };
  };
  return { a: await cohort("Enschede"), b: await cohort("Zwolle") };
}
