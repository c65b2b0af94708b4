// The project Overview is a dashboard: score and band, progress per section, next actions,
// consistency warnings, recent activity and @mentions; the details moved to Project settings.
// Readiness tells a weak plan from a strong one and says why.
import type { Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { SECTION_SEEDERS } from "../prisma/seed/sections";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

async function dashboardTotal(page: Page): Promise<number> {
  return Number(await page.getByTestId("dashboard-score").getAttribute("data-total"));
}

/** A weak prototype plan: one core engineer and a planned hire with no budget (a contradiction). */
async function makeWeakPlan(projectId: string) {
  await db.project.update({ where: { id: projectId }, data: { stage: "PROTOTYPE" } });
  await db.teamMember.create({ data: { projectId, name: "Ada", commitment: "FULL_TIME", roles: ["deepLearningEngineer", "dataScientist"] } });
  await db.teamHire.create({ data: { projectId, roleId: "backendEngineer", targetMonth: "2027-03", monthlyBudget: 0 } });
}

test("the dashboard shows score, sections, next actions, warnings, activity and mentions, in English and Chinese", async ({ ownerPage: page, world }) => {
  await makeWeakPlan(world.project.id);
  // A change made in the settings tab shows up as recent activity.
  await page.goto(`/projects/${world.project.id}/settings`);
  await page.getByLabel("One-liner").fill("Contract review for small firms");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Overview" }).click();
  const dashboard = page.getByTestId("dashboard");
  await expect(dashboard.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(page.getByTestId("dashboard-stage")).toContainText("Contract review for small firms · Stage: Prototype");
  await expect(page.getByTestId("dashboard-score")).toHaveAttribute("data-band", "early");
  // A1 2 + A5 1 at 18 ÷ 16 a point = 3.375, less 3 for the hire without budget → 0.4.
  expect(await dashboardTotal(page)).toBe(0.4);
  await expect(page.getByTestId("dashboard-sections").getByTestId("section-traction")).toBeVisible();
  // The dashboard records the score; the sidebar then shows each section's share of its points
  // (team: A1 2 + A5 1 = 3 of 16 → 19 %).
  await expect(page.getByTestId("recalculate-status")).toHaveAttribute("data-state", "recorded");
  await expect(page.getByTestId("nav-progress-team")).toHaveText(/^19%/);
  await expect(page.getByTestId("dashboard-next-actions").getByTestId("next-actions").locator("li")).toHaveCount(3);
  const warning = page.getByTestId("consistency-hiresWithoutBudget");
  await expect(warning).toContainText("1 planned hire has no budget");
  await expect(warning).toContainText("−3 points");
  await expect(warning.getByRole("link", { name: "Team" })).toHaveAttribute("href", `/projects/${world.project.id}/team?step=hiring`);
  await expect(warning.getByRole("link", { name: "Business model" })).toHaveAttribute("href", `/projects/${world.project.id}/business-model?step=burn`);
  await expect(page.getByTestId("dashboard-activity").getByTestId("activity-line").first()).toBeVisible();
  await expect(page.getByTestId("mentions")).toContainText("Mentions of you");
  await expectAccessible(page);

  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(dashboard.getByRole("heading", { name: "概览", level: 1 })).toBeVisible();
  await expect(page.getByTestId("dashboard-stage")).toContainText("阶段：原型");
  for (const title of ["就绪度", "各部分进度", "最值得做的下一步", "一致性警告", "最近动态", "提及我的评论"]) {
    await expect(dashboard.getByRole("heading", { name: title })).toBeVisible();
  }
  await expect(page.getByTestId("consistency-hiresWithoutBudget")).toContainText("有 1 个计划招聘没有预算");
  await expect(page.getByTestId("consistency-hiresWithoutBudget")).toContainText("−3 分");
  await page.getByTestId("dashboard").getByRole("link", { name: "项目设置" }).click();
  await expect(page.getByRole("heading", { name: "项目设置", level: 1 })).toBeVisible();
  await expect(page.getByLabel("一句话介绍")).toHaveValue("Contract review for small firms");
});

test("a weak plan scores lower than a strong one, and both pages say why", async ({ page, world }) => {
  test.setTimeout(120_000);
  await makeWeakPlan(world.project.id);
  // The strong plan: the seeded ClinicNote AI (a prototype with free pilots and its founders' own
  // "weak" competitive-advantage verdict) in this test's team.
  const zh = await db.project.create({ data: { teamId: world.team.id, name: "法务智审", stage: "MVP", currency: "CNY" } });
  const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", sector: "Healthcare", stage: "PROTOTYPE", currency: "USD" } });
  for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: zh.id, enProjectId: en.id });
  await signIn(page, world.members.OWNER);

  await page.goto(`/projects/${world.project.id}`);
  const weak = await dashboardTotal(page);
  await expect(page.getByTestId("dashboard-score")).toHaveAttribute("data-band", "early");

  await page.goto(`/projects/${en.id}`);
  const strong = await dashboardTotal(page);
  expect(strong).toBe(84.9);
  expect(weak).toBeLessThan(strong);
  await expect(page.getByTestId("dashboard-score")).toHaveAttribute("data-band", "nearlyReady");
  // Held below "ready" by the founders' own verdict, and the page says so.
  await expect(page.getByTestId("dashboard-cap")).toContainText("your own verdict on competitive advantage is “weak”");
  await expect(page.getByTestId("consistency-none")).toBeVisible();

  // The reasons per criterion, on the readiness page of each plan.
  await page.goto(`/projects/${en.id}/readiness`);
  await expect(page.getByTestId("criterion-B3").getByTestId("criterion-reason")).toContainText("Competitors are listed, but your own verdict on competitive advantage is “weak”.");
  await expect(page.getByTestId("criterion-H1").getByTestId("criterion-reason")).toContainText("Pilots or letters of intent are recorded as demand evidence.");
  await expect(page.getByTestId("readiness-cap")).toBeVisible();
  await page.goto(`/projects/${world.project.id}/readiness`);
  await expect(page.getByTestId("criterion-H1").getByTestId("criterion-reason")).toContainText("No evidence of customers yet.");
  await expect(page.getByTestId("consistency-hiresWithoutBudget")).toBeVisible();
});
