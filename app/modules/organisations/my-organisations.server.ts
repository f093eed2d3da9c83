import { db } from "~/utils/db.server";

/** Organisations this person administers. */
export async function listAdminOrganisations({ userId }: { userId: string }) {
  const rows = await db.orgMembership.findMany({
    where: { userId, role: "ADMIN", status: "ACTIVE" },
    select: { org: { select: { id: true, name: true, type: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => row.org);
}
