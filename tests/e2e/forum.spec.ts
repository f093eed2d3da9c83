import type { Browser, Page } from "@playwright/test";
import { expect, loginThroughForm, test } from "./fixtures";

type Person = { email: string; password: string };

async function asOther(browser: Browser, javaScriptEnabled: boolean, person: Person) {
  const context = await browser.newContext({ javaScriptEnabled, locale: "nl-NL" });
  const page = await context.newPage();
  await loginThroughForm(page, person.email, person.password);
  return { page, close: () => context.close() };
}

const replyItem = (page: Page, text: string) => page.locator("li.forum-reply", { hasText: text });

// The whole flow runs twice: with JavaScript, and without (every step is a plain form or link).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "met JavaScript" : "zonder JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a sport volunteer posts a case from a lesson prompt and gets advice from welfare", async ({
      page,
      make,
      db,
      browser,
    }) => {
      const facilitator = await make.user({
        role: "FACILITATOR",
        domain: "WELZIJN",
        name: "Marieke Begeleider",
      });
      const poster = await make.user({ domain: "SPORT", name: "Sven Sporter" });
      const welfare = await make.user({ domain: "WELZIJN", name: "Ingrid Welzijn" });
      const otherSport = await make.user({ domain: "SPORT", name: "Daan Sport" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [poster.id, welfare.id, otherSport.id],
      });
      const title = `Twee groepjes in mijn team ${javaScriptEnabled ? "A" : "B"}`;

      // 1. From the lesson prompt: the theme is already ticked.
      await loginThroughForm(page, poster.email, poster.password);
      await page.goto(
        `/groepen/${cohort.id}/casussen/nieuw?thema=teamprocessen&module=kern/teamprocessen`,
      );
      await expect(page.getByRole("checkbox", { name: "Teamprocessen" })).toBeChecked();
      await page.getByLabel("Titel").fill(title);
      await page
        .getByLabel("De situatie: wat gebeurde er?")
        .fill("Kees Visser uit mijn JO15 wordt buitengesloten door een groepje.");
      await page
        .getByLabel("Wat heb ik gedaan of geprobeerd?")
        .fill("Ik heb de teams bij oefeningen gemengd.");
      await page.getByLabel("Mijn vraag aan de groep").fill("Hoe krijg ik er één team van?");
      // With JavaScript the guard already hints while typing (issue 17); the server's check below still counts.
      if (javaScriptEnabled) await expect(page.getByText("“Kees Visser” (Naam)")).toBeVisible();
      await page.getByRole("button", { name: "Casus plaatsen" }).click();

      // 2. The privacy guard stops the name and keeps the text; the summary at the top says so and has the focus.
      await expect(page.getByText("Naam: “Kees Visser”")).toBeVisible();
      await expect(page.locator("[data-error-summary]")).toContainText(
        "Je casus is nog niet geplaatst.",
      );
      await expect(page.locator("[data-error-summary]")).toBeFocused();
      await expect(page.getByText("Schrijf liever “een jongen van 14”")).toBeVisible();
      await expect(page.getByLabel("Titel")).toHaveValue(title);
      await page
        .getByLabel("De situatie: wat gebeurde er?")
        .fill("Een jongen van 14 uit mijn JO15 wordt buitengesloten door een groepje.");
      await page.getByRole("button", { name: "Casus plaatsen" }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await page.waitForURL(/\/casussen\/(?!nieuw)[a-z0-9]+$/);
      await expect(page.locator(".forum-case .badge-SPORT")).toHaveText("Sport");
      const caseUrl = new URL(page.url()).pathname;
      expect(caseUrl).toMatch(new RegExp(`^/groepen/${cohort.id}/casussen/[a-z0-9]+$`));
      const caseId = caseUrl.split("/").pop()!;
      expect((await db.forumCase.findUniqueOrThrow({ where: { id: caseId } })).moduleKey).toBe(
        "kern/teamprocessen",
      );

      // 3. A welfare volunteer of the same cohort replies in Markdown; a sport volunteer replies too.
      const other = await asOther(browser, javaScriptEnabled, welfare);
      await other.page.goto(`/groepen/${cohort.id}/casussen`);
      await other.page.getByRole("link", { name: title }).click();
      await other.page
        .getByLabel("Je reactie")
        .fill(
          "**Organiseer samen iets** buiten het veld.\n\n- gemengde tweetallen\n- elk een eigen taak",
        );
      await other.page.getByRole("button", { name: "Reactie plaatsen" }).click();
      await expect(replyItem(other.page, "Organiseer samen iets").locator("strong")).toHaveText(
        "Organiseer samen iets",
      );
      await other.close();
      await db.forumReply.create({
        data: {
          caseId,
          authorId: otherSport.id,
          authorDomain: "SPORT",
          body: "Laat de aanvoerder wisselen.",
        },
      });
      await db.forumCase.update({ where: { id: caseId }, data: { lastReplyAt: new Date() } });

      // 4. The poster sees the unread marker before opening the thread.
      await page.goto(`/groepen/${cohort.id}/casussen`);
      const item = page.locator("li.forum-list-item", { hasText: title });
      await expect(item.locator(".forum-unread")).toContainText("Nieuw");
      await item.getByRole("link", { name: title }).click();
      await expect(replyItem(page, "Organiseer samen iets").locator(".badge-WELZIJN")).toHaveText(
        "Welzijn",
      );
      await expect(replyItem(page, "Laat de aanvoerder wisselen")).toBeVisible();

      // 5. Only the other sector, then "dit helpt mij" and "meest behulpzaam".
      await page.getByRole("link", { name: "Antwoorden uit de andere sector" }).click();
      await expect(page).toHaveURL(/andere-sector=1/);
      await expect(replyItem(page, "Laat de aanvoerder wisselen")).toHaveCount(0);
      const advice = replyItem(page, "Organiseer samen iets");
      await advice.getByRole("button", { name: "Dit helpt mij" }).click();
      await expect(
        replyItem(page, "Organiseer samen iets").getByText("1 keer “dit helpt mij”"),
      ).toBeVisible();
      await replyItem(page, "Organiseer samen iets")
        .getByRole("button", { name: "Markeer als meest behulpzaam" })
        .click();
      await expect(
        replyItem(page, "Organiseer samen iets").getByText("Meest behulpzaam", { exact: true }),
      ).toBeVisible();
      await expect(page).toHaveURL(/andere-sector=1/);
      // Reporting a reply: "Melden" opens the form for that reply only; it posts with and without JavaScript.
      const reported = replyItem(page, "Organiseer samen iets");
      await expect(page.getByLabel("Waarom meld je dit?")).toHaveCount(0);
      await reported.getByRole("link", { name: "Melden", exact: true }).click();
      await expect(page).toHaveURL(/melden=/);
      const reason = `Dit wil ik met de begeleider bespreken (${javaScriptEnabled ? "A" : "B"}).`;
      await reported.getByLabel("Waarom meld je dit?").fill(reason);
      await reported.getByRole("button", { name: "Melding versturen" }).click();
      await expect(replyItem(page, "Organiseer samen iets").getByRole("status")).toHaveText(
        "Dank je. De cursusbegeleider kijkt ernaar.",
      );
      expect(await db.forumReport.count({ where: { reason } })).toBe(1);
      if (!javaScriptEnabled)
        await page.getByRole("button", { name: "Markeer als gelezen" }).click();
      await page.goto(`/groepen/${cohort.id}/casussen`);
      await expect(page.locator("li.forum-list-item", { hasText: title })).toBeVisible();
      await expect(
        page.locator("li.forum-list-item", { hasText: title }).locator(".forum-unread"),
      ).toHaveCount(0);

      // 6. The batched reply mail: the facilitator sends what is waiting; it is in the outbox.
      const staff = await asOther(browser, javaScriptEnabled, facilitator);
      await staff.page.goto(`/groepen/${cohort.id}/casussen/meldingen`);
      await staff.page.getByRole("button", { name: "Verstuur wachtende e-mails nu" }).click();
      await expect(staff.page.getByText(/Verstuurd: \d+ e-mails?\./)).toBeVisible();
      await staff.close();
      await page.goto("/dev/postvak");
      const mail = page
        .locator(".card", { hasText: poster.email })
        .filter({ hasText: "Nieuwe reacties op casussen die je volgt" });
      await expect(mail).toHaveCount(1);
      await expect(mail).toContainText(new RegExp(`${title}: 1 nieuwe reactie(?!s)`));
      await expect(mail).not.toContainText("Ingrid");
    });

    test("a pseudonymous case shows the sector to peers and the name to the facilitator", async ({
      page,
      make,
      browser,
    }) => {
      const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN" });
      const poster = await make.user({ domain: "ZORG", name: "Wilhelmina Geheimhouder" });
      const peer = await make.user({ domain: "SPORT" });
      const cohort = await make.cohort({
        facilitatorId: facilitator.id,
        participantIds: [poster.id, peer.id],
      });
      await loginThroughForm(page, poster.email, poster.password);
      await page.goto(`/groepen/${cohort.id}/casussen/nieuw`);
      await page.getByLabel("Titel").fill("Een sporter die niet meer durft");
      await page
        .getByLabel("De situatie: wat gebeurde er?")
        .fill("Een meisje van 12 durft na een val niet meer op de balk.");
      await page.getByLabel("Wat heb ik gedaan of geprobeerd?").fill("Ik heb met haar gepraat.");
      await page.getByLabel("Mijn vraag aan de groep").fill("Hoe bouw je vertrouwen weer op?");
      await page.getByRole("checkbox", { name: "Kwetsbare jongeren" }).check();
      await page.getByRole("checkbox", { name: /Toon mij aan andere deelnemers/ }).check();
      await page.getByRole("button", { name: "Casus plaatsen" }).click();
      await page.waitForURL(/\/casussen\/(?!nieuw)[a-z0-9]+$/);
      const url = new URL(page.url()).pathname;

      const other = await asOther(browser, javaScriptEnabled, peer);
      const response = await other.page.goto(url);
      const html = (await response?.text()) ?? "";
      await expect(other.page.locator(".forum-case")).toContainText("Deelnemer uit de zorg");
      expect(html).not.toContain("Wilhelmina");
      expect(html).not.toContain(poster.email);
      expect(html).not.toContain(poster.id);
      await other.close();

      const staff = await asOther(browser, javaScriptEnabled, facilitator);
      await staff.page.goto(url);
      await expect(staff.page.locator(".forum-case")).toContainText("Wilhelmina Geheimhouder");
      await staff.close();
    });
  });
}

test("XSS payloads posted through the browser stay inert", async ({ page, make }) => {
  const facilitator = await make.user({ role: "FACILITATOR" });
  const poster = await make.user({ domain: "WELZIJN" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [poster.id] });
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await loginThroughForm(page, poster.email, poster.password);
  await page.goto(`/groepen/${cohort.id}/casussen/nieuw`);
  await page.getByLabel("Titel").fill("<img src=x onerror=alert('titel')>");
  await page
    .getByLabel("De situatie: wat gebeurde er?")
    .fill("<script>alert('situatie')</script> een gewone situatie");
  await page.getByLabel("Wat heb ik gedaan of geprobeerd?").fill("<svg onload=alert(1)>");
  await page.getByLabel("Mijn vraag aan de groep").fill("[klik](javascript:alert(1))");
  await page.getByRole("checkbox", { name: "Anders" }).check();
  await page.getByRole("button", { name: "Casus plaatsen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "<img src=x onerror=alert('titel')>",
  );

  const payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg onload=alert(3)>",
    '<iframe src="javascript:alert(4)"></iframe>',
    '<a href="javascript:alert(5)">klik5</a>',
    '<p style="background:url(javascript:alert(6))" onmouseover="alert(6)">zes</p>',
    "[klik7](javascript:alert(7))",
    "[klik8](  javascript:alert(8))",
    "[klik9](&#106;avascript:alert(9))",
    "[klik10](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMCk8L3NjcmlwdD4=)",
    "![plaatje](javascript:alert(11))",
    "<details open ontoggle=alert(12)>x</details>",
    "[klik13](JaVaScRiPt:alert(13))",
    "<body onload=alert(14)>",
    '<a href="&#x6A;avascript:alert(15)">klik15</a>',
    '<math><mi xlink:href="javascript:alert(16)">klik16</mi></math>',
    "[veilig](https://www.nisb.nl)",
  ];
  for (const payload of payloads) {
    await page.getByLabel("Je reactie").fill(payload);
    await page.getByRole("button", { name: "Reactie plaatsen" }).click();
    await expect(page.locator("li.forum-reply")).toHaveCount(payloads.indexOf(payload) + 1);
  }
  await page.reload();
  const thread = page.locator("main");
  await page.locator("li.forum-reply").last().hover();
  expect(
    await thread.locator("script, iframe, svg, img, object, embed, math, details").count(),
  ).toBe(0);
  const unsafe = await thread.evaluate((root) =>
    [...root.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes]
        .filter(
          (attribute) =>
            /^on/i.test(attribute.name) ||
            attribute.name === "style" ||
            (attribute.name === "href" && !/^(https?:|mailto:|\/|\?|#)/i.test(attribute.value)),
        )
        .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`),
    ),
  );
  expect(unsafe).toEqual([]);
  await expect(page.getByRole("link", { name: "veilig" })).toHaveAttribute(
    "href",
    "https://www.nisb.nl",
  );
  await expect(page.getByRole("link", { name: "veilig" })).toHaveAttribute(
    "rel",
    "nofollow ugc noopener",
  );
  await expect(page.getByText("<script>alert(1)</script>")).toBeVisible();
  expect(dialogs).toEqual([]);
});

// With JavaScript the thread marks itself read once it has shown. The button
// that does this without JavaScript must not leave a gap that pulls the case
// and its replies up while someone starts reading (a layout shift).
test("opening an unread case marks it read without moving the text", async ({ page, make, db }) => {
  const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN" });
  const poster = await make.user({ domain: "SPORT" });
  const reader = await make.user({ domain: "WELZIJN" });
  const cohort = await make.cohort({
    facilitatorId: facilitator.id,
    participantIds: [poster.id, reader.id],
  });
  const forumCase = await db.forumCase.create({
    data: {
      cohortId: cohort.id,
      authorId: poster.id,
      authorDomain: "SPORT",
      title: "Een casus om te lezen",
      situation: "Een meisje van 12 komt niet meer.",
      whatIDid: "Ik heb haar moeder gebeld.",
      question: "Wat kan ik nog doen?",
      themes: [],
    },
  });
  await db.forumReply.create({
    data: {
      caseId: forumCase.id,
      authorId: facilitator.id,
      authorDomain: "WELZIJN",
      body: "Vraag wat zij zelf wil.",
    },
  });
  await loginThroughForm(page, reader.email, reader.password);
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
      }[])
        if (!entry.hadRecentInput) w.shifted += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`/groepen/${cohort.id}/casussen/${forumCase.id}`);
  await expect(
    page.getByRole("status").filter({ hasText: "Gemarkeerd als gelezen." }),
  ).toBeVisible();
  await expect
    .poll(() => db.threadRead.count({ where: { userId: reader.id, caseId: forumCase.id } }))
    .toBe(1);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
  );
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
});
