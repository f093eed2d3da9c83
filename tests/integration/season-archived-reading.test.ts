import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as eveningsRoute from "~/routes/groepen.$cohortId.bijeenkomsten._index";
import * as settingsRoute from "~/routes/groepen.$cohortId.instellingen";
import * as dashboardCsvRoute from "~/routes/groepen.$cohortId.overzicht[.csv]";
import * as dashboardRoute from "~/routes/groepen.$cohortId.overzicht";
import * as threadRoute from "~/routes/groepen_.$cohortId_.casussen.$caseId";
import * as lessonRoute from "~/routes/groepen_.$cohortId_.cursus.$kind.$module.$lesson";
import { request } from "./cohorts-helpers";
import { archivedCohort } from "./season-archived-helpers";

// Issue 15: an archived cohort is read-only for every state-changing action,
// not only the new ones; reports and exports keep working.

describe("an archived cohort is read-only", () => {
  it("keeps reports, exports and reading working, and un-archiving is the one change allowed", async () => {
    const { facilitator, anna, cohort, forumCase } = await archivedCohort();
    const id = cohort.id;
    expect(
      (
        await request(facilitator.id, dashboardRoute.loader, {
          path: `/groepen/${id}/overzicht`,
          params: { cohortId: id },
        })
      ).status,
    ).toBe(200);
    const csv = await request(facilitator.id, dashboardCsvRoute.loader, {
      path: `/groepen/${id}/overzicht.csv`,
      params: { cohortId: id },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("Anna Aksoy");
    expect(
      (
        await request(anna.id, threadRoute.loader, {
          path: `/groepen/${id}/casussen/${forumCase.id}`,
          params: { cohortId: id, caseId: forumCase.id },
        })
      ).status,
    ).toBe(200);
    // Reading a lesson posts "opened" in the background: quietly nothing, not an error page.
    const opened = await request(anna.id, lessonRoute.action, {
      path: `/groepen/${id}/cursus/kern/teamprocessen/van-groep-naar-team`,
      params: {
        cohortId: id,
        kind: "kern",
        module: "teamprocessen",
        lesson: "van-groep-naar-team",
      },
      form: { intent: "opened" },
    });
    expect(opened.status).toBe(200);
    // Taking back one's own words stays possible.
    const deleted = await request(anna.id, threadRoute.action, {
      path: `/groepen/${id}/casussen/${forumCase.id}`,
      params: { cohortId: id, caseId: forumCase.id },
      form: { intent: "delete" },
    });
    expect(deleted.status).toBe(302);
    const evenings = await (
      await request(facilitator.id, eveningsRoute.loader, {
        path: `/groepen/${id}/bijeenkomsten`,
        params: { cohortId: id },
      })
    ).json();
    expect(evenings.archived).toBe(true);
    expect(
      (
        await request(facilitator.id, settingsRoute.action, {
          path: `/groepen/${id}/instellingen`,
          params: { cohortId: id },
          form: { intent: "restore" },
        })
      ).status,
    ).toBe(302);
    expect((await db.cohort.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
  });
});
