import { expect, test } from "./fixtures";

// Issue 20: the English catalogue is a content-hashed file cached for good, not part of every page's data.
test("English travels as a cached file: the page hydrates in English and navigates in English", async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  const href = await page.locator('link[rel="preload"][as="fetch"]').getAttribute("href");
  expect(href).toMatch(/^\/i18n\/en\.[\w-]+\.json$/);

  // A client-side navigation renders the next page in the browser, with the fetched catalogue.
  await page.waitForFunction(
    () => (window as { __remixRouter?: unknown }).__remixRouter !== undefined,
  );
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Create account" })
    .click();
  await expect(page.getByRole("heading", { name: "Create account" })).toBeVisible();
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  expect(errors.filter((text) => /hydrat|did not match/i.test(text))).toEqual([]);

  const file = await request.get(href!);
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await file.json()).auth.loginTitle).toBe("Log in");
  // The root's data names the file and carries no catalogue.
  const cookies = await page.context().cookies();
  const root = await request.get("/inloggen?_data=root", {
    headers: { Cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") },
  });
  const data = await root.json();
  expect(data.messagesHref).toBe(href);
  expect(JSON.stringify(data)).not.toContain("Log in");
});

// Issue 20: Dutch is a cached file as well, not part of the page's JavaScript; a lesson the browser
// already has is answered with 304 and the kept page (with its own nonce) still hydrates.
test("Dutch travels as a cached file too, and a lesson revisited with 304 still hydrates", async ({
  page,
  make,
  login,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const learner = await login({ name: "Sanne Bakker" });
  const facilitator = await make.user({ role: "FACILITATOR" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [learner.id] });
  const lesson = `/groepen/${cohort.id}/cursus/kern/teamprocessen/van-groep-naar-team`;
  const asked: (string | undefined)[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === lesson && response.request().isNavigationRequest())
      void response
        .request()
        .allHeaders()
        .then((headers) => asked.push(headers["if-none-match"]));
  });
  const hydrated = () =>
    page.waitForFunction(() => (window as { __remixRouter?: unknown }).__remixRouter !== undefined);

  await page.goto(lesson);
  const href = await page.locator('link[rel="preload"][as="fetch"]').getAttribute("href");
  expect(href).toMatch(/^\/i18n\/nl\.[\w-]+\.json$/);
  await hydrated();

  await page.goto(lesson);
  await hydrated();
  // Hydrated and working: marking the lesson done is a client-side submission, the page stays.
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  await page.getByRole("button", { name: "Markeer als klaar" }).click();
  await expect(page.getByText("Goed gedaan! Deze les staat op klaar.")).toBeVisible();
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  expect(
    errors.filter((text) => /hydrat|did not match|Content Security Policy/i.test(text)),
  ).toEqual([]);
  // The second visit was a conditional request for the page the browser kept (answered 304: same data).
  await expect.poll(() => asked.length).toBe(2);
  expect(asked[0]).toBeUndefined();
  expect(asked[1]).toMatch(/^W\/".+"$/);
});
