import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as list from "~/routes/groepen_.$cohortId_.casussen._index";
import * as thread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import * as courseList from "~/routes/groepen_.$cohortId_.casussen._index";
import * as courseThread from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import * as newCase from "~/routes/groepen_.$cohortId_.casussen.nieuw";
import { factories } from "../factories";
import { call, makeCase, twoCohorts } from "./forum-helpers";

describe("who may read a cohort's case space", () => {
  it("nobody outside cohort A reads A's list, thread or search results", async () => {
    const { a, b } = await twoCohorts();
    const secret = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      title: "Scheidsrechter uitgescholden",
      situation: "Na de wedstrijd werd de scheidsrechter door een ouder uitgescholden.",
    });

    const ownList = await call(a.welfare.id, list.loader, {
      path: `/groepen/${a.id}/casussen?zoek=scheidsrechter`,
      params: { cohortId: a.id },
    });
    expect(ownList.status).toBe(200);
    expect(JSON.stringify(await ownList.json())).toContain("Scheidsrechter uitgescholden");

    for (const outsider of [b.sport, b.facilitator]) {
      const listed = await call(outsider.id, list.loader, {
        path: `/groepen/${a.id}/casussen`,
        params: { cohortId: a.id },
      });
      expect(listed.status).toBe(403);
      const searched = await call(outsider.id, list.loader, {
        path: `/groepen/${a.id}/casussen?zoek=scheidsrechter`,
        params: { cohortId: a.id },
      });
      expect(searched.status).toBe(403);
      const read = await call(outsider.id, thread.loader, {
        path: `/groepen/${a.id}/casussen/${secret.id}`,
        params: { cohortId: a.id, caseId: secret.id },
      });
      expect(read.status).toBe(403);
      // Their own cohort's URL with A's case id matches nothing.
      const viaOwn = await call(outsider.id, thread.loader, {
        path: `/groepen/${b.id}/casussen/${secret.id}`,
        params: { cohortId: b.id, caseId: secret.id },
      });
      expect(viaOwn.status).toBe(404);
      const ownSearch = await call(outsider.id, list.loader, {
        path: `/groepen/${b.id}/casussen?zoek=scheidsrechter`,
        params: { cohortId: b.id },
      });
      expect(JSON.stringify(await ownSearch.json())).not.toContain("Scheidsrechter uitgescholden");
    }

    // The course-wide space does not show or open cohort cases either.
    const course = await call(b.sport.id, courseList.loader, {
      path: "/casussen?zoek=scheidsrechter",
      params: {},
    });
    expect(JSON.stringify(await course.json())).not.toContain("Scheidsrechter uitgescholden");
    const courseRead = await call(b.sport.id, courseThread.loader, {
      path: `/casussen/${secret.id}`,
      params: { caseId: secret.id },
    });
    expect(courseRead.status).toBe(404);
  });

  it("the course-wide space is for members of a cohort, and shows the town but not the cohort", async () => {
    const { a, b } = await twoCohorts();
    const loner = await factories(db).user();
    const posted = await call(a.sport.id, newCase.action, {
      path: `/groepen/${a.id}/casussen/nieuw`,
      params: { cohortId: a.id },
      form: [
        ["title", "Ouders langs de lijn"],
        ["situation", "Ouders roepen tijdens de wedstrijd van alles naar de kinderen."],
        ["whatIDid", "Ik heb het in de rust benoemd."],
        ["question", "Hoe spreek ik ouders hierop aan?"],
        ["themes", "veilig-sportklimaat"],
        ["place", "cursus"],
      ],
    });
    expect(posted.status).toBe(302);
    const caseId = posted.headers.get("Location")!.split("/").pop()!;
    expect(posted.headers.get("Location")).toBe(`/casussen/${caseId}`);
    const stored = await db.forumCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(stored.cohortId).toBeNull();
    expect(stored.authorTown).toBe("Enschede");

    const seen = await call(b.welfare.id, courseThread.loader, {
      path: `/casussen/${caseId}`,
      params: { caseId },
    });
    expect(seen.status).toBe(200);
    const body = JSON.stringify(await seen.json());
    expect(body).toContain("Enschede");
    expect(body).not.toContain(a.id);
    expect(
      (await call(loner.id, courseList.loader, { path: "/casussen", params: {} })).status,
    ).toBe(403);
  });

  it("the course-wide space shows sector and place but no name outside the poster's cohort (loader JSON)", async () => {
    const { a, b } = await twoCohorts();
    const posted = await makeCase({
      cohortId: null,
      authorId: a.sport.id,
      title: "Een case voor iedereen",
    });
    await db.forumReply.create({
      data: {
        caseId: posted.id,
        authorId: b.welfare.id,
        authorDomain: "WELZIJN",
        body: "Een reactie uit Zwolle.",
      },
    });
    const seenBy = async (userId: string) => {
      const thread = JSON.stringify(
        await (
          await call(userId, courseThread.loader, {
            path: `/casussen/${posted.id}`,
            params: { caseId: posted.id },
          })
        ).json(),
      );
      const list = JSON.stringify(
        await (await call(userId, courseList.loader, { path: "/casussen", params: {} })).json(),
      );
      return { thread, list };
    };
    // Another cohort: a participant and its facilitator see sector and place, not the name (old code showed "Sporter Enschede").
    for (const outsider of [b.sport.id, b.facilitator.id]) {
      const { thread, list } = await seenBy(outsider);
      expect(thread).not.toContain("Sporter Enschede");
      expect(list).not.toContain("Sporter Enschede");
      expect(thread).toContain("Enschede");
      expect(thread).toContain('"domain":"SPORT"');
    }
    // The poster's own cohort: a peer and the facilitator see the name; the Zwolle reply stays nameless for them.
    for (const insider of [a.welfare.id, a.facilitator.id]) {
      const { thread, list } = await seenBy(insider);
      expect(thread).toContain("Sporter Enschede");
      expect(list).toContain("Sporter Enschede");
      expect(thread).not.toContain("Welzijner Zwolle");
    }
    expect((await seenBy(b.sport.id)).thread).toContain("Welzijner Zwolle");
    // A pseudonymous case: only the own cohort's staff see the name.
    const hidden = await makeCase({
      cohortId: null,
      authorId: a.sport.id,
      pseudonymous: true,
      title: "Met schuilnaam",
    });
    const peerView = JSON.stringify(
      await (
        await call(a.welfare.id, courseThread.loader, {
          path: `/casussen/${hidden.id}`,
          params: { caseId: hidden.id },
        })
      ).json(),
    );
    const staffView = JSON.stringify(
      await (
        await call(a.facilitator.id, courseThread.loader, {
          path: `/casussen/${hidden.id}`,
          params: { caseId: hidden.id },
        })
      ).json(),
    );
    expect(peerView).not.toContain("Sporter Enschede");
    expect(staffView).toContain("Sporter Enschede");
  });

  it("a search in the space finds words in titles, text and replies (Dutch stemming)", async () => {
    const { a } = await twoCohorts();
    const found = await makeCase({
      cohortId: a.id,
      authorId: a.sport.id,
      title: "Pesten in de kleedkamer",
    });
    await db.forumReply.create({
      data: {
        caseId: found.id,
        authorId: a.welfare.id,
        authorDomain: "WELZIJN",
        body: "Misschien helpt een buddysysteem met vaste maatjes.",
      },
    });
    await makeCase({ cohortId: a.id, authorId: a.sport.id, title: "Te weinig vrijwilligers" });
    const search = async (q: string) => {
      const response = await call(a.welfare.id, list.loader, {
        path: `/groepen/${a.id}/casussen?zoek=${encodeURIComponent(q)}`,
        params: { cohortId: a.id },
      });
      return ((await response.json()) as { cases: { title: string }[] }).cases.map(
        (item) => item.title,
      );
    };
    expect(await search("kleedkamers")).toEqual(["Pesten in de kleedkamer"]);
    expect(await search("buddysysteem")).toEqual(["Pesten in de kleedkamer"]);
    expect(await search("vrijwilliger")).toEqual(["Te weinig vrijwilligers"]);
    expect(await search("contributie")).toEqual([]);
  });
});
