import { db } from "~/utils/db.server";
import { factories } from "../factories";
import { callRoute } from "../setup/call-route";

export { callRoute as request };
export const make = factories(db);

/**
 * A coalition of a club, a welfare organisation and the municipality: each
 * with an administrator who is in the coalition (the club's is coordinator),
 * plus spare members of each organisation not yet in it, and an outsider
 * organisation with its own administrator.
 */
export async function coalitionWorld() {
  const club = await make.organisation({ name: "SV De Toekomst", type: "SPORTVERENIGING" });
  const welfare = await make.organisation({ name: "Welzijn Oost", type: "WELZIJNSORGANISATIE" });
  const town = await make.organisation({ name: "Gemeente Hengelo", type: "OVERIG" });
  const outsiderOrg = await make.organisation({ name: "Club Elders", type: "SPORTVERENIGING" });
  const person = async (name: string, orgId: string, role: "ADMIN" | "MEMBER" = "MEMBER") => {
    const user = await make.user({ name });
    await make.membership({ userId: user.id, orgId, role });
    return user;
  };
  const clubAdmin = await person("Coördinator Club", club.id, "ADMIN");
  const welfareAdmin = await person("Beheerder Welzijn", welfare.id, "ADMIN");
  const townAdmin = await person("Beheerder Gemeente", town.id, "ADMIN");
  const clubSpares = [
    await person("Trainer Een", club.id),
    await person("Trainer Twee", club.id),
    await person("Trainer Drie", club.id),
  ];
  const welfareSpares = [
    await person("Welzijner Een", welfare.id),
    await person("Welzijner Twee", welfare.id),
    await person("Welzijner Drie", welfare.id),
  ];
  const outsider = await person("Buitenstaander", outsiderOrg.id, "ADMIN");
  const coalition = await db.coalition.create({
    data: {
      name: "Samen Sterk Hengelo",
      ambition: "Meer kwetsbare jongeren uit de wijk sporten bij de club.",
      createdById: clubAdmin.id,
      partners: { create: [{ orgId: club.id }, { orgId: welfare.id }, { orgId: town.id }] },
      members: {
        create: [
          { userId: clubAdmin.id, orgId: club.id, role: "COORDINATOR", roleTitle: "coördinator" },
          { userId: welfareAdmin.id, orgId: welfare.id, roleTitle: "contactpersoon" },
          { userId: townAdmin.id, orgId: town.id, roleTitle: "beleidsmedewerker" },
        ],
      },
    },
  });
  return {
    club,
    welfare,
    town,
    outsiderOrg,
    clubAdmin,
    welfareAdmin,
    townAdmin,
    clubSpares,
    welfareSpares,
    outsider,
    coalition,
  };
}
