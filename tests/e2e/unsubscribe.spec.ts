import { expect, loginThroughForm, test } from "./fixtures";

// The one-click unsubscribe link from a mail (issue 16): it works logged out,
// with and without JavaScript, switches off only its own kind for its own
// person, and an altered link is refused with a Dutch message.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`unsubscribe link from a mail (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("logged out: open the link from the mail, confirm, and reply mails are off; an altered link is refused", async ({
      page,
      browser,
      make,
      db,
    }) => {
      test.slow(); // two browser contexts and five page loads; on a shared 2-core machine this takes over a minute
      const facilitator = await make.user({
        role: "FACILITATOR",
        domain: "WELZIJN",
        name: "Bea Begeleider",
      });
      const poster = await make.user({ domain: "SPORT", name: "Piet Poster" });
      const replier = await make.user({ domain: "WELZIJN", name: "Rita Reageert" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [poster.id, replier.id],
      });
      const posted = await db.forumCase.create({
        data: {
          cohortId: cohort.id,
          authorId: poster.id,
          authorDomain: "SPORT",
          authorTown: "Enschede",
          title: "Ouders langs de lijn",
          situation: "Ouders schreeuwen tijdens de wedstrijd naar de scheidsrechter.",
          whatIDid: "Ik heb het team apart genomen.",
          question: "Hoe spreek ik de ouders aan?",
          themes: ["teamprocessen"],
        },
      });
      const reply = await db.forumReply.create({
        data: {
          caseId: posted.id,
          authorId: replier.id,
          authorDomain: "WELZIJN",
          body: "Maak samen afspraken aan het begin van het seizoen.",
        },
      });
      await db.pendingNotification.create({
        data: {
          userId: poster.id,
          caseId: posted.id,
          replyId: reply.id,
          createdAt: new Date(Date.now() - 20 * 60_000),
        },
      });

      // The reply mail goes out (the staff's "send now"; the queue does the same on its own).
      const staffContext = await browser.newContext({ javaScriptEnabled, locale: "nl-NL" });
      const staff = await staffContext.newPage();
      await loginThroughForm(staff, facilitator.email, facilitator.password);
      await staff.goto(`/groepen/${cohort.id}/casussen/meldingen`);
      await staff.getByRole("button", { name: "Verstuur wachtende e-mails nu" }).click();
      await expect(staff.getByText(/Verstuurd: \d+ e-mails?\./)).toBeVisible();
      await staffContext.close();

      // The mail in the development outbox, with its footer.
      const mail = await db.outboxMail.findFirstOrThrow({ where: { to: poster.email } });
      expect(mail.text).toContain("Afmelden voor deze e-mails (één klik): ");
      expect(mail.text).toContain("/account/meldingen");
      const link = /Afmelden voor deze e-mails \(één klik\): (\S+)/.exec(mail.text)![1];
      const linkPath = new URL(link).pathname;

      // Logged out (this page never logged in): opening the link only asks.
      await page.goto(linkPath);
      await expect(page.getByRole("heading", { level: 1, name: "Afmelden" })).toBeVisible();
      await expect(
        page.getByText("Wil je geen e-mails over nieuwe reacties meer krijgen?"),
      ).toBeVisible();
      expect((await db.user.findUniqueOrThrow({ where: { id: poster.id } })).notifyReplies).toBe(
        true,
      );

      // An altered link (another signature, or another kind with the same signature) is refused.
      const [userId, kind, signature] = linkPath.split("/").pop()!.split(".");
      const altered = [
        `${userId}.${kind}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
        `${userId}.reports.${signature}`,
        `${replier.id}.${kind}.${signature}`,
      ];
      for (const token of altered) {
        const response = await page.goto(`/afmelden/${token}`);
        expect(response?.status()).toBe(404);
        await expect(
          page.getByText(
            "Deze afmeldlink klopt niet. Gebruik de link uit de e-mail, of pas je e-mailinstellingen aan na het inloggen.",
          ),
        ).toBeVisible();
        await expect(page.getByRole("button", { name: "Ja, meld mij af" })).toHaveCount(0);
      }

      // The real link: confirm, and the preference is off for this person only.
      await page.goto(linkPath);
      await page.getByRole("button", { name: "Ja, meld mij af" }).click();
      await expect(
        page.getByText("Je bent afgemeld voor e-mails over nieuwe reacties."),
      ).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${linkPath.replace(/[.]/g, "\\.")}$`));
      expect((await db.user.findUniqueOrThrow({ where: { id: poster.id } })).notifyReplies).toBe(
        false,
      );
      expect((await db.user.findUniqueOrThrow({ where: { id: replier.id } })).notifyReplies).toBe(
        true,
      );
      expect((await db.user.findUniqueOrThrow({ where: { id: poster.id } })).mailOptOuts).toEqual(
        [],
      );
      // Still logged out: the link to the preferences page asks for a login.
      await page.getByRole("link", { name: "Naar je e-mailinstellingen" }).click();
      await expect(page).toHaveURL(/\/inloggen/);
    });
  });
}
