import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import * as evenings from "~/routes/groepen.$cohortId.bijeenkomsten._index";
import { eveningDateDoubt } from "~/modules/cohorts/evening-date-check.server";
import { factories } from "../factories";
import { request } from "./cohorts-helpers";

const make = factories(db);

describe("planning an evening", () => {
  it("asks 'weet je het zeker?' for a date in the past or outside the cohort, and plans it once confirmed", async () => {
    const facilitator = await make.user({ role: "FACILITATOR" });
    const cohort = await make.cohort({ facilitatorId: facilitator.id }); // 1 September to 15 December 2026
    const now = new Date("2026-10-10T12:00:00Z");
    expect(await eveningDateDoubt({ cohortId: cohort.id, date: "2026-10-09", now })).toBe("past");
    expect(await eveningDateDoubt({ cohortId: cohort.id, date: "2026-10-10", now })).toBeNull();
    expect(await eveningDateDoubt({ cohortId: cohort.id, date: "2026-12-16", now })).toBe(
      "afterEnd",
    );
    expect(
      await eveningDateDoubt({
        cohortId: cohort.id,
        date: "2026-08-31",
        now: new Date("2026-08-01T12:00:00Z"),
      }),
    ).toBe("beforeStart");

    const fields = {
      date: "2020-01-07",
      startTime: "19:30",
      endTime: "21:30",
      place: "Kantine",
      topic: "Kennismaken",
    };
    const call = (form: Record<string, string>) =>
      request(facilitator.id, evenings.action, {
        path: `/groepen/${cohort.id}/bijeenkomsten`,
        params: { cohortId: cohort.id },
        form,
      });
    const asked = await call(fields);
    expect(asked.status).toBe(400);
    expect(await asked.json()).toMatchObject({
      errors: { date: "cohorts.errors.dateDoubt.past" },
      confirmDate: "2020-01-07",
      values: { topic: "Kennismaken" },
    });
    expect(await db.evening.count({ where: { cohortId: cohort.id } })).toBe(0);

    // Confirmed, and sent twice (a double click without JavaScript): one evening.
    const first = await call({ ...fields, dateConfirmed: "2020-01-07" });
    const second = await call({ ...fields, dateConfirmed: "2020-01-07" });
    expect(first.status).toBe(302);
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    expect(await db.evening.count({ where: { cohortId: cohort.id } })).toBe(1);
  });
});
