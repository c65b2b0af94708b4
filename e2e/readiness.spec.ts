import type { Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec checks rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { pointValue } from "@/lib/readiness/model";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

// The documented rise: one full-time member holding both core technical roles (deep-learning
// engineer and data scientist) takes A1 from 0 to 2 = 2 × (20 ÷ 16) = 2.5 points.
const CORE_MEMBER_GAIN = 2.5;

async function openReadiness(page: Page, projectId: string) {
  await page.goto(`/projects/${projectId}/readiness`);
  await expect(page.getByRole("heading", { name: "Readiness", level: 1 })).toBeVisible();
}

async function total(page: Page): Promise<number> {
  return Number(await page.getByTestId("readiness-total").getAttribute("data-total"));
}

test("adding a core technical member raises the total by exactly 2.5 and adds a point to the trend", async ({ ownerPage: page, world }) => {
  expect(2 * pointValue("team")).toBe(CORE_MEMBER_GAIN);
  await openReadiness(page, world.project.id);
  await expect(page.getByTestId("readiness-total")).toHaveAttribute("data-total", "0");
  await expect(page.getByTestId("readiness-band")).toHaveText("Early");
  // Opening the page records the first score by itself.
  await expect(page.getByTestId("trend-chart")).toHaveAttribute("data-points", "1");
  await expect(page.getByTestId("criterion-A1")).toHaveAttribute("data-rating", "0");
  const before = await total(page);

  // Through the team wizard: a full-time member (the default) holding both core technical roles.
  await page.goto(`/projects/${world.project.id}/team?step=members`);
  await page.getByLabel("New member's name").fill("Lin Wei");
  await page.getByRole("button", { name: "Add member" }).click();
  const lin = page.locator('[data-testid="member-card"][data-member-name="Lin Wei"]');
  await lin.getByLabel("Deep-learning engineer").check();
  await lin.getByLabel("Data scientist").check();
  await expect(lin.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await openReadiness(page, world.project.id);
  await expect(page.getByTestId("readiness-total")).toHaveAttribute("data-total", String(before + CORE_MEMBER_GAIN));
  await expect(page.getByTestId("criterion-A1")).toHaveAttribute("data-rating", "2");
  await expect(page.getByTestId("criterion-A1")).toContainText("both on the team full-time");
  await expect(page.getByTestId("trend-chart")).toHaveAttribute("data-points", "2");
  await page.getByText("Show the recorded scores as a table").click();
  await expect(page.getByTestId("trend-table").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("trend-table").locator("tbody tr").last()).toContainText(String(before + CORE_MEMBER_GAIN));

  // Nothing changed: recalculating on demand adds no point.
  await page.getByTestId("recalculate").click();
  await expect(page.getByTestId("recalculate-status")).toHaveText(/Already up to date/);
  await expect(page.getByTestId("trend-chart")).toHaveAttribute("data-points", "2");
});

test("the next best actions link to the step that improves them", async ({ ownerPage: page, world }) => {
  await openReadiness(page, world.project.id);
  const actions = page.getByTestId("next-actions").locator("li");
  await expect(actions).toHaveCount(5);
  // On an empty plan every platform criterion is worth 2 × 15 ÷ 8 = 3.75 points.
  await expect(page.getByTestId("next-action-D1")).toHaveAttribute("data-gain", "3.75");
  await expect(page.getByTestId("next-action-D1").getByRole("link")).toHaveAttribute("href", `/projects/${world.project.id}/platform?step=data`);
  await expectAccessible(page);
});

test("a viewer sees the score read-only and records nothing", async ({ page, world }) => {
  await signIn(page, world.members.VIEWER);
  await openReadiness(page, world.project.id);
  await expect(page.getByTestId("readiness-total")).toHaveAttribute("data-total", "0");
  await expect(page.getByTestId("recalculate")).toHaveCount(0);
  await expect(page.getByTestId("trend-chart")).toHaveAttribute("data-points", "0");
  expect(await db.readinessSnapshot.count({ where: { projectId: world.project.id } })).toBe(0);
});

test("the rubric page lists every weight, criterion, band and source, in both languages", async ({ ownerPage: page, world }) => {
  await page.goto(`/projects/${world.project.id}/readiness/rubric`);
  await expect(page.getByRole("heading", { name: "The readiness rubric" })).toBeVisible();
  await expect(page.locator("[data-testid^=rubric-criterion-]")).toHaveCount(37);
  await expect(page.getByTestId("rubric-section-team")).toContainText("Team and talent · 20");
  await expect(page.getByTestId("rubric-criterion-G2")).toContainText("Source documents: 000");
  await expect(page.getByTestId("rubric-bands")).toContainText("Nearly ready 65–84.9");
  await expectAccessible(page);

  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "就绪度评分规则" })).toBeVisible();
  await expect(page.getByTestId("rubric-section-team")).toContainText("团队与人才 · 20");
  await expect(page.getByTestId("rubric-criterion-A1")).toContainText("核心技术岗位已到位");
});

test("the readiness page fits a phone screen without horizontal scrolling", async ({ ownerPage: page, world }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openReadiness(page, world.project.id);
  await expect(page.getByTestId("trend-chart")).toHaveAttribute("data-points", "1");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (process.env.READINESS_SHOTS) {
    await page.screenshot({ path: `${process.env.READINESS_SHOTS}/phone.png` });
    await page.getByTestId("next-actions").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.READINESS_SHOTS}/phone2.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${process.env.READINESS_SHOTS}/desktop.png` });
    await page.getByTestId("criterion-A1").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.READINESS_SHOTS}/desktop2.png` });
    await page.goto(`/projects/${world.project.id}/readiness/rubric`);
    await page.screenshot({ path: `${process.env.READINESS_SHOTS}/rubric.png` });
  }
});
