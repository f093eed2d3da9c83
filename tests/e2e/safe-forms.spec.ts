import { expect, test } from "./fixtures";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled, viewport: { width: 390, height: 844 } });

    test("deleting a case asks first (a modal dialog with JavaScript, a second step without), and says it is deleted once", async ({
      page,
      make,
      db,
      login,
    }) => {
      const facilitator = await make.user({ role: "FACILITATOR" });
      const poster = await login({ role: "participant" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [poster.id],
      });
      const forumCase = await db.forumCase.create({
        data: {
          cohortId: cohort.id,
          authorId: poster.id,
          authorDomain: "SPORT",
          title: "Een meisje komt niet meer",
          situation: "Ze komt al drie weken niet.",
          whatIDid: "Ik heb haar moeder gebeld.",
          question: "Wat kan ik nog doen?",
          themes: [],
        },
      });
      await page.goto(`/groepen/${cohort.id}/casussen/${forumCase.id}`);
      const question =
        "Weet je zeker dat je je casus wilt verwijderen? Dit kun je niet ongedaan maken.";
      const trigger = page.getByRole("link", { name: "Mijn casus verwijderen" });

      await trigger.click();
      // The first click deletes nothing: it asks first, with the way back next to it.
      const step = javaScriptEnabled
        ? page.getByRole("dialog", { name: question })
        : page.locator(".confirm-action-panel");
      await expect(step.getByText(question)).toBeVisible();
      expect(
        (await db.forumCase.findUniqueOrThrow({ where: { id: forumCase.id } })).deletedAt,
      ).toBeNull();
      if (javaScriptEnabled) {
        // A real modal: the page did not navigate, focus is inside on the safe choice, Escape closes and focus returns.
        expect(new URL(page.url()).search).toBe("");
        await expect(step.getByRole("button", { name: "Annuleren" })).toBeFocused();
        expect(
          await page.evaluate(
            () => document.querySelector("dialog[data-confirm-dialog]")?.matches(":modal") ?? false,
          ),
        ).toBe(true);
        await page.keyboard.press("Escape");
        await expect(step).toHaveCount(0);
        await expect(trigger).toBeFocused();
        await trigger.click();
        await step.getByRole("button", { name: "Annuleren" }).click();
        await expect(step).toHaveCount(0);
      } else {
        expect(new URL(page.url()).searchParams.get("verwijderen")).toBe("casus");
        await step.getByRole("link", { name: "Annuleren" }).click();
        await expect(step).toHaveCount(0);
      }
      expect(
        (await db.forumCase.findUniqueOrThrow({ where: { id: forumCase.id } })).deletedAt,
      ).toBeNull();
      await trigger.click();
      await step.getByRole("button", { name: "Ja, verwijder mijn casus" }).click();

      await expect(
        page.getByRole("heading", {
          level: 1,
          name: "Deze casus is verwijderd door de schrijver.",
        }),
      ).toBeVisible();
      await expect(page.getByText("Deze casus is verwijderd door de schrijver.")).toHaveCount(1);
      expect(
        (await db.forumCase.findUniqueOrThrow({ where: { id: forumCase.id } })).deletedAt,
      ).not.toBeNull();
    });

    test("deleting a reply asks first (a modal dialog with JavaScript, a second step without)", async ({
      page,
      make,
      db,
      login,
    }) => {
      const facilitator = await make.user({ role: "FACILITATOR" });
      const poster = await make.user({ name: "Kees Vraagsteller" });
      const replier = await login({ role: "participant", domain: "ZORG" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [poster.id, replier.id],
      });
      const forumCase = await db.forumCase.create({
        data: {
          cohortId: cohort.id,
          authorId: poster.id,
          authorDomain: "SPORT",
          title: "Een jongen zegt niets meer",
          situation: "Hij zegt al weken niets.",
          whatIDid: "Ik heb het gevraagd.",
          question: "Wat nu?",
          themes: [],
        },
      });
      const reply = await db.forumReply.create({
        data: {
          caseId: forumCase.id,
          authorId: replier.id,
          authorDomain: "ZORG",
          body: "Vraag of hij wil wandelen.",
        },
      });
      await page.goto(`/groepen/${cohort.id}/casussen/${forumCase.id}`);
      const item = page.locator(`#reactie-${reply.id}`);
      await item.getByRole("link", { name: "Verwijderen" }).click();
      const step = javaScriptEnabled
        ? page.getByRole("dialog")
        : item.locator(".confirm-action-panel");
      await expect(step.locator(".confirm-question")).toBeVisible();
      if (javaScriptEnabled)
        await expect(step.getByRole("button", { name: "Annuleren" })).toBeFocused();
      expect(
        (await db.forumReply.findUniqueOrThrow({ where: { id: reply.id } })).deletedAt,
      ).toBeNull();
      await step.getByRole("button", { name: /^Ja, verwijder/ }).click();
      await expect(item.getByText("Verwijderd door de schrijver.")).toBeVisible();
      expect(
        (await db.forumReply.findUniqueOrThrow({ where: { id: reply.id } })).deletedAt,
      ).not.toBeNull();
    });

    test("removing the link with a club asks first (a dialog with JavaScript, a second step without)", async ({
      page,
      make,
      db,
      login,
    }) => {
      const volunteer = await login({ role: "participant" });
      const club = await make.organisation({ name: `SV De Lijn ${Date.now()}` });
      await make.membership({ userId: volunteer.id, orgId: club.id });
      await page.goto("/account/clubs");
      await page.getByText(`Koppeling met ${club.name} verwijderen`).click();
      const step = javaScriptEnabled
        ? page.getByRole("dialog")
        : page.locator(".confirm-action-panel");
      await expect(
        step.getByText(`Weet je zeker dat je de koppeling met ${club.name} wilt verwijderen?`),
      ).toBeVisible();
      expect(
        await db.orgMembership.count({ where: { userId: volunteer.id, orgId: club.id } }),
      ).toBe(1);
      await step.getByRole("button", { name: "Ja, verwijder de koppeling" }).click();
      await expect(page.getByText(`Je bent niet meer gekoppeld aan ${club.name}.`)).toBeVisible();
      expect(
        await db.orgMembership.count({ where: { userId: volunteer.id, orgId: club.id } }),
      ).toBe(0);
    });
  });
}
