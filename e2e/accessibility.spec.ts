// Like the other specs that need a full plan, this one seeds the demo sections into its own team.
import { db } from "../lib/db/client";
import { SECTIONS } from "../lib/projects/sections";
import { SECTION_SEEDERS } from "../prisma/seed/sections";
import { duplicateControlNames, expectAccessible } from "./support/a11y";
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

const NAMED_CONTROL_STEPS = ["team?step=members", "business-model?step=direction", "funding?step=channels", "compliance?step=laws", "compliance?step=data", "compliance?step=obligations", "risks?step=identify"];

test("no two form controls on these wizard steps share a name (a screen reader can tell repeated rows apart)", async ({ page, world }) => {
  test.setTimeout(240_000);
  // The full demo plan (members, risks, channels, obligations…) in this test's own team: rows repeat.
  const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", sector: "Healthcare", stage: "PROTOTYPE", currency: "USD" } });
  for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });
  await signIn(page, world.members.OWNER);
  const found: string[] = [];
  for (const section of SECTIONS) {
    await page.goto(`/projects/${en.id}/${section}`);
    await expect(page.getByTestId("project-title")).toBeVisible();
    const steps = await page.getByRole("list", { name: "Steps" }).getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of steps.length > 0 ? steps : [page.url()]) {
      // Rows elsewhere are named groups (announced on entering); these steps repeat whole sets of controls.
      if (!NAMED_CONTROL_STEPS.some((step) => href.includes(step))) continue;
      if (href !== page.url()) await page.goto(href);
      const duplicates = await duplicateControlNames(page);
      if (duplicates.length > 0) found.push(`${new URL(href).pathname.split("/").pop()}${new URL(href).search}: ${duplicates.join("; ")}`);
    }
  }
  expect(found).toEqual([]);
});
