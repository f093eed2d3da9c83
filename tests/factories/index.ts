import type { PrismaClient } from "../../app/generated/prisma/client";
import { hashPassword } from "../../app/modules/auth/password.server";

type Domain = "SPORT" | "ZORG" | "WELZIJN" | "ANDERS";
type Role = "PARTICIPANT" | "FACILITATOR" | "ADMIN";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export const DEFAULT_PASSWORD = "sportcoach-demo";

/** Data factories shared by tests and the demo seed. */
export function factories(db: PrismaClient) {
  return {
    async user(input: { email?: string; name?: string; password?: string; domain?: Domain; role?: Role; volunteerRole?: string } = {}) {
      const email = input.email ?? `persoon-${unique()}@voorbeeld.nl`;
      const user = await db.user.create({
        data: {
          email,
          name: input.name ?? "Sam de Vries",
          passwordHash: await hashPassword(input.password ?? DEFAULT_PASSWORD),
          domain: input.domain ?? "SPORT",
          role: input.role ?? "PARTICIPANT",
          volunteerRole: input.volunteerRole ?? "trainer",
        },
      });
      return { ...user, password: input.password ?? DEFAULT_PASSWORD };
    },
    organisation(input: { name?: string; type?: "SPORTVERENIGING" | "WELZIJNSORGANISATIE" | "ZORGORGANISATIE" | "OVERIG"; town?: string } = {}) {
      return db.organisation.create({
        data: { name: input.name ?? `SV Voorbeeld ${unique()}`, type: input.type ?? "SPORTVERENIGING", town: input.town ?? "Enschede" },
      });
    },
    membership(input: { userId: string; orgId: string; role?: "MEMBER" | "ADMIN"; status?: "PENDING" | "ACTIVE" }) {
      return db.orgMembership.create({
        data: { userId: input.userId, orgId: input.orgId, role: input.role ?? "MEMBER", status: input.status ?? "ACTIVE" },
      });
    },
  };
}

export type Factories = ReturnType<typeof factories>;
