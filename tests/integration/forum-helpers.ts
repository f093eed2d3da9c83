import { db } from "~/utils/db.server";
import { factories } from "../factories";

export { callRoute as call } from "../setup/call-route";

/** Two cohorts with a facilitator and a sport and a welfare participant each. */
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
    });
    return { id: created.id, facilitator, sport, welfare };
  };
  return { a: await cohort("Enschede"), b: await cohort("Zwolle") };
}

/** A case straight in the database (the routes are tested on their own). */
export function makeCase(input: {
  cohortId: string | null;
  authorId: string;
  title?: string;
  situation?: string;
  pseudonymous?: boolean;
  domain?: "SPORT" | "WELZIJN";
  createdAt?: Date;
}) {
  return db.forumCase.create({
    data: {
      cohortId: input.cohortId,
      authorId: input.authorId,
      authorDomain: input.domain ?? "SPORT",
      authorTown: "Enschede",
      pseudonymous: input.pseudonymous ?? false,
      title: input.title ?? "Een speler die niet meer komt",
      situation:
        input.situation ?? "Een jongen van 15 komt al drie weken niet meer naar de training.",
      whatIDid: "Ik heb hem een berichtje gestuurd.",
      question: "Hoe pak ik dit aan?",
      themes: ["teamprocessen"],
      ...(input.createdAt ? { createdAt: input.createdAt, lastReplyAt: input.createdAt } : {}),
    },
  });
}
