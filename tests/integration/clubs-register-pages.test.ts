import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as clubPage from "~/routes/organisaties.$orgId";
import { factories } from "../factories";
import { callRoute } from "../setup/call-route";

const make = factories(db);

type PageData = {
  org: { memberships: { status: string; user: { name: string } }[] };
  register: { name: string }[];
  pages: { page: number; pageCount: number; total: number };
};

async function open(adminId: string, orgId: string, query = "") {
  const response = await callRoute(adminId, clubPage.loader, {
    path: `/organisaties/${orgId}${query}`,
    params: { orgId },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as PageData;
}

describe("the club page of a big club (issue 20: 400 members)", () => {
  it("shows 50 members a page in name order, every pending request on each page", async () => {
    const club = await make.organisation({ name: "SV Groot" });
    const admin = await make.user({ name: "Aad Admin" });
    await make.membership({ userId: admin.id, orgId: club.id, role: "ADMIN" });
    // 119 members besides the admin, created out of name order.
    const names = Array.from({ length: 119 }, (_, i) => `Lid ${String(119 - i).padStart(3, "0")}`);
    const members = await db.user.createManyAndReturn({
      data: names.map((name, i) => ({
        name,
        email: `lid${i}-${club.id}@example.nl`,
        passwordHash: "x",
      })),
      select: { id: true },
    });
    await db.orgMembership.createMany({
      data: members.map((member) => ({ userId: member.id, orgId: club.id, status: "ACTIVE" })),
    });
    const asking = await make.user({ name: "Wil Erbij" });
    await make.membership({ userId: asking.id, orgId: club.id, status: "PENDING" });

    const first = await open(admin.id, club.id);
    expect(first.pages).toMatchObject({ page: 1, pageCount: 3, total: 120 });
    expect(first.register.map((member) => member.name).slice(0, 3)).toEqual([
      "Aad Admin",
      "Lid 001",
      "Lid 002",
    ]);
    expect(first.register).toHaveLength(50);
    const active = (data: PageData) =>
      data.org.memberships.filter((m) => m.status === "ACTIVE").map((m) => m.user.name);
    expect(active(first).sort()).toEqual(first.register.map((member) => member.name).sort());

    const last = await open(admin.id, club.id, "?pagina=3");
    expect(last.register.map((member) => member.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Lid ${String(100 + i).padStart(3, "0")}`),
    );
    for (const page of [first, last])
      expect(
        page.org.memberships.filter((m) => m.status === "PENDING").map((m) => m.user.name),
      ).toEqual(["Wil Erbij"]);

    // A page past the end shows the last one; nonsense shows the first.
    expect((await open(admin.id, club.id, "?pagina=99")).pages.page).toBe(3);
    expect((await open(admin.id, club.id, "?pagina=abc")).pages.page).toBe(1);
  });
});
