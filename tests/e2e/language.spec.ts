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
