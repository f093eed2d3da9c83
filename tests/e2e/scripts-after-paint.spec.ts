import { expect, loginThroughForm, test } from "./fixtures";

// The client scripts wait in a <template> until the page has painted (decision 010).
// What a user would notice if this broke: a page that never becomes interactive,
// or one that React throws away and draws again when it hydrates.
test("a page paints first, then loads its scripts and hydrates the HTML it has", async ({ page, make }) => {
  const facilitator = await make.user({ role: "FACILITATOR", domain: "WELZIJN" });
  const participant = await make.user({ domain: "SPORT" });
  const cohort = await make.cohort({ facilitatorId: facilitator.id, participantIds: [participant.id] });
  await loginThroughForm(page, participant.email, participant.password);

  const requestedDuringParse: string[] = [];
  let parsed = false;
  page.on("request", (request) => {
    if (!parsed && request.resourceType() === "script") requestedDuringParse.push(request.url());
  });
  page.on("domcontentloaded", () => (parsed = true));
  const scripts: Promise<string>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.text().then((body) => body, () => ""));
  });
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { serverNodes: Element[] }).serverNodes = [document.querySelector("main")!, document.querySelector("h1")!];
    });
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));

  await page.goto(`/groepen/${cohort.id}/casussen`);
  expect(requestedDuringParse).toEqual([]);
  // Hydrated: the router is there, the template is gone, and React kept the server's nodes.
  await page.waitForFunction(() => "__remixRouter" in window && !document.querySelector("template#bdl-scripts"));
  const keptServerNodes = await page.evaluate(() => {
    const [main, h1] = (window as unknown as { serverNodes: Element[] }).serverNodes;
    return main === document.querySelector("main") && h1 === document.querySelector("h1");
  });
  expect(keptServerNodes).toBe(true);
  // No request is spent on an empty stand-in for server-only code (`*.server.ts`; patches/, decision 011).
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(3);
  expect(bodies.filter((body) => /\.exports=\{\}\}\)/.test(body))).toEqual([]);
  // And it navigates as an app: a client-side transition keeps the window.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole("link", { name: "Nieuwe casus" }).first().click();
  await expect(page).toHaveURL(/casussen\/nieuw/);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(errors).toEqual([]);
});
