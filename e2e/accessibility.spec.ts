import { SECTIONS } from "../lib/projects/sections";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

test("the public pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/", "/signin", "/signup"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});

test("the projects dashboard and a project overview have no serious accessibility violations", async ({ page, world }) => {
  await signIn(page, world.members.OWNER);
  await expectAccessible(page);
  await page.goto(`/projects/${world.project.id}`);
  await expect(page.getByTestId("project-title")).toBeVisible();
  await expectAccessible(page);
});

test("every project page fits a phone screen without horizontal scrolling", async ({ page, world }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, world.members.OWNER);
  for (const section of ["", ...SECTIONS, "activity"]) {
    await page.goto(`/projects/${world.project.id}${section ? `/${section}` : ""}`);
    await expect(page.getByTestId("project-title")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `/${section} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});

test("the browser finds the site icon (no 404 for /favicon.ico) and pages link to it", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/");
  await page.goto("/signin");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  expect((await request.get(href!)).status()).toBe(200);
});

test("on a small phone the header keeps 'My projects' and the page starts right under the section navigation", async ({ page, world }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, world.members.OWNER);
  await page.goto(`/projects/${world.project.id}/team`);
  await expect(page.getByRole("banner").getByRole("link", { name: "My projects" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  const nav = await page.getByRole("navigation", { name: "Plan sections" }).boundingBox();
  const heading = await page.getByRole("heading", { level: 1 }).first().boundingBox();
  // No blank band: at most the grid gap between the section tabs and the page's title.
  expect(heading!.y - (nav!.y + nav!.height)).toBeLessThanOrEqual(24);
});
