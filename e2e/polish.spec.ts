// Polish checks a new user notices: where the save state is, and the colour theme (system, light, dark).
import type { Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { SECTIONS } from "@/lib/projects/sections";
import { SECTION_SEEDERS } from "../prisma/seed/sections";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

async function switchLocale(page: Page, locale: "en" | "zh-CN") {
  await page.getByTestId("locale-switcher").selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** True when the whole box lies inside the viewport. */
async function onScreen(page: Page, testId: string, scope: ReturnType<Page["locator"]>) {
  const box = await scope.getByTestId(testId).boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const [locale, saved, nameLabel] of [
  ["en", "All changes saved", "Name"],
  ["zh-CN", "所有更改已保存", "姓名"],
] as const) {
  test(`the save state of a tall record is on screen next to the field being edited (${locale})`, async ({ page, world }) => {
    await db.teamMember.create({ data: { projectId: world.project.id, name: "Lin", title: "Engineer" } });
    await page.setViewportSize({ width: 375, height: 640 });
    await signIn(page, world.members.OWNER);
    await page.goto(`/projects/${world.project.id}/team?step=members`);
    if (locale !== "en") await switchLocale(page, locale);
    const card = page.getByTestId("member-card"); // the only member; its name attribute follows the edit
    const name = card.getByLabel(new RegExp(`^${nameLabel}`));
    // The name field at the top of the screen: the card (roles, ten skills) runs far below the fold.
    await name.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -80));
    expect((await card.boundingBox())!.height).toBeGreaterThan(640);
    await name.fill("Lin Wei");
    await expect(card.getByTestId("save-status")).toHaveText(saved);
    expect(await onScreen(page, "save-status", card), "the save state is below the fold").toBe(true);
    await expect(name).toBeInViewport();
    expect((await db.teamMember.findFirstOrThrow({ where: { projectId: world.project.id } })).name).toBe("Lin Wei");
  });
}

async function pageBackground(page: Page) {
  return page.evaluate(() => {
    // Relative luminance of the body's background colour, 0 (black) … 1 (white).
    const canvas = document.createElement("canvas").getContext("2d")!;
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

test("the theme follows the system, a toggle overrides it and is kept, both languages name it", async ({ page, world }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, world.members.OWNER);
  expect(await pageBackground(page)).toBeLessThan(0.2);
  const toggle = page.getByTestId("theme-toggle");
  await expect(toggle).toHaveAccessibleName("Colour theme: as the system. Switch to light");
  await toggle.click();
  expect(await pageBackground(page)).toBeGreaterThan(0.8);
  await page.reload();
  expect(await pageBackground(page), "the choice is kept after a reload").toBeGreaterThan(0.8);
  await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Colour theme: light. Switch to dark");
  await page.getByTestId("theme-toggle").click();
  await page.emulateMedia({ colorScheme: "light" });
  expect(await pageBackground(page), "a chosen dark theme wins over a light system").toBeLessThan(0.2);
  await switchLocale(page, "zh-CN");
  await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("颜色主题：深色。切换为跟随系统");
  await page.getByTestId("theme-toggle").click();
  expect(await pageBackground(page), "back to the system's (light)").toBeGreaterThan(0.8);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations in the ${scheme} theme`, async ({ page, world }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await db.teamMember.create({ data: { projectId: world.project.id, name: "Lin", title: "Engineer" } });
    await db.risk.create({ data: { projectId: world.project.id, title: "Upstream provider triples API prices", category: "security", likelihood: 4, impact: 4, score: 16 } });
    await page.goto("/signin");
    await expectAccessible(page);
    await signIn(page, world.members.OWNER);
    await expectAccessible(page);
    for (const path of ["", "/team?step=members", "/risks", "/business-model", "/readiness"]) {
      await page.goto(`/projects/${world.project.id}${path}`);
      await expect(page.getByTestId("project-title")).toBeVisible();
      await expectAccessible(page);
    }
  });
}

test("the skills matrix as one table: a level picked there is saved and shown on the member's card (en, zh)", async ({ page, world }) => {
  await db.teamMember.create({ data: { projectId: world.project.id, name: "Lin", skills: { mlEngineering: 1 } } });
  await db.teamMember.create({ data: { projectId: world.project.id, name: "Ana", skills: { domain: 3 } } });
  await signIn(page, world.members.OWNER);
  await page.goto(`/projects/${world.project.id}/team?step=members`);
  await page.getByRole("button", { name: "Skills table" }).click();
  await expect(page.getByRole("button", { name: "Skills table" })).toHaveAttribute("aria-pressed", "true");
  const table = page.getByTestId("skills-table");
  await expect(table.getByRole("rowheader")).toHaveText(["Lin", "Ana"]);
  // Twenty level pickers, each named by area and member.
  await expect(table.getByRole("combobox", { name: "ML engineering & MLOps — Lin" })).toHaveValue("1");
  await table.getByRole("combobox", { name: "ML engineering & MLOps — Lin" }).selectOption("3");
  await table.getByRole("combobox", { name: "Data engineering — Ana" }).selectOption("2");
  const lin = table.locator('[data-testid="skills-row"][data-member-name="Lin"]');
  await expect(lin.getByTestId("save-status")).toHaveText("All changes saved");
  await expect(table.locator('[data-testid="skills-row"][data-member-name="Ana"]').getByTestId("save-status")).toHaveText("All changes saved");
  const stored = await db.teamMember.findMany({ where: { projectId: world.project.id }, orderBy: { name: "asc" } });
  expect(stored.map((m) => [m.name, m.skills])).toEqual([
    ["Ana", expect.objectContaining({ domain: 3, dataEngineering: 2, mlEngineering: 0 })],
    ["Lin", expect.objectContaining({ mlEngineering: 3, domain: 0, dataEngineering: 0 })],
  ]);
  await page.getByRole("button", { name: "Cards" }).click();
  await expect(page.locator('[data-testid="member-card"][data-member-name="Lin"]').getByLabel(/^ML engineering & MLOps/)).toHaveValue("3");

  await switchLocale(page, "zh-CN");
  await page.getByRole("button", { name: "技能表" }).click();
  await expect(page.getByTestId("skills-table").getByRole("combobox", { name: "机器学习工程与 MLOps — Lin" })).toHaveValue("3");
  await expectAccessible(page);
});

test("every section of the full demo plan is axe-clean in the dark theme", async ({ page, world }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: "dark" });
  const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", sector: "Healthcare", stage: "PROTOTYPE", currency: "USD" } });
  for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });
  await signIn(page, world.members.OWNER);
  // Each section's first page, plus the busiest steps (charts, heat grid, forecast table).
  const pages = ["", ...SECTIONS, "team?step=coverage", "business-model?step=forecast", "activity", "history", "sharing"];
  for (const path of pages) {
    await page.goto(`/projects/${en.id}/${path}`);
    await expect(page.getByTestId("project-title")).toBeVisible();
    await test.step(`axe on /${path}`, () => expectAccessible(page));
  }
});
