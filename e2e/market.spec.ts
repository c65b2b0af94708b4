// The market wizard as a founder fills it, with bad input refused and read-only roles kept out.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const marketUrl = (projectId: string, step: string) => `/projects/${projectId}/market?step=${step}`;

async function expectStatus(scope: Page | Locator, status: "saved" | "invalid") {
  await expect(scope.getByTestId("save-status")).toHaveAttribute("data-status", status);
}

const RESEARCH = {
  "1. Objective": "Which law firms feel contract review pain most, and what would they pay?",
  "2. Data collection": "20 interviews with partners, a survey in two bar associations.",
  "3. Analysis": "Code interviews by pain, workaround and buying process.",
  "4. Findings and recommendations": "Mid-size firms first; price per seat.",
};

test("a founder writes the research plan and picks segments, then finds them after reloading", async ({ ownerPage: page, world }) => {
  await page.goto(marketUrl(world.project.id, "research"));
  await expect(page.getByTestId("wizard-progress")).toHaveText("0 of 5 steps complete");
  for (const [label, text] of Object.entries(RESEARCH)) await page.getByLabel(label).fill(text);
  await expectStatus(page, "saved");
  await expect(page.getByTestId("research-progress")).toHaveText("4 of 4 research steps written");

  await page.getByRole("link", { name: "Next →" }).click();
  await page.getByLabel("Application area").selectOption("finance");
  await page.getByRole("button", { name: "Add “Fraud detection”" }).click();
  await expect(page.getByTestId("segment-row")).toHaveCount(1);
  await page.getByLabel("Segment name").fill("In-house legal teams at manufacturers");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("segment-row")).toHaveCount(2);
  const custom = page.getByTestId("segment-row").nth(1);
  await custom.getByLabel("Needs, pain points and buying behaviour").fill("Head of legal decides; procurement signs.");
  await expectStatus(custom, "saved");

  await page.reload();
  await expect(page.getByTestId("wizard-progress")).toHaveText("2 of 5 steps complete");
  await expect(page.getByTestId("segment-row").first().getByLabel("Segment", { exact: true })).toHaveValue("Fraud detection");
  await expect(page.getByTestId("segment-row").first().getByLabel("Area")).toHaveValue("finance");
  await expect(page.getByTestId("segment-row").nth(1).getByLabel("Needs, pain points and buying behaviour")).toHaveValue(/procurement signs/);
  await page.goto(marketUrl(world.project.id, "research"));
  for (const [label, text] of Object.entries(RESEARCH)) await expect(page.getByLabel(label)).toHaveValue(text);
});

test("a founder compares a competitor and sizes the market with sources, then finds them after reloading", async ({ ownerPage: page, world }) => {
  await page.goto(marketUrl(world.project.id, "competitors"));
  await page.getByLabel("Competitor or alternative").fill("Generic chat assistant");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const competitor = page.getByTestId("competitor-row");
  await expect(competitor).toHaveCount(1);
  await competitor.getByLabel("What they offer").fill("Paste a contract, get comments.");
  await competitor.getByLabel("Our differentiation").fill("Checks each clause against the firm's own playbook.");
  await expectStatus(competitor, "saved");

  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page.getByRole("note")).toContainText("without naming where they come from");
  await page.getByLabel("TAM value (USD per year)").fill("4000000");
  await page.getByLabel("TAM source").fill("Own estimate: 40,000 firms × $100");
  await page.getByLabel("SAM value (USD per year)").fill("1000000");
  await page.getByLabel("SAM source").fill("Own count of mid-size firms");
  await page.getByLabel("SOM value (USD per year)").fill("50000");
  await page.getByLabel("SOM source").fill("Pilot pipeline");
  await expectStatus(page, "saved");
  await expect(page.getByTestId("size-shares")).toContainText("SAM is 25% of TAM");
  await expect(page.getByTestId("size-shares")).toContainText("SOM is 5% of SAM");

  await page.reload();
  await expect(page.getByLabel("SOM value (USD per year)")).toHaveValue("50,000.00");
  await expect(page.getByLabel("TAM source")).toHaveValue("Own estimate: 40,000 firms × $100");
  await page.goto(marketUrl(world.project.id, "competitors"));
  await expect(page.getByTestId("competitor-row").getByLabel("Our differentiation")).toHaveValue(/own playbook/);
  // English plural: one competitor, not "1 competitors".
  await expect(page.getByText("1 competitor · 1 with a differentiation", { exact: true })).toBeVisible();
  await expect(page.getByTestId("wizard-progress")).toHaveText("2 of 5 steps complete");
});

test("the price a market size assumes is checked against what the business model earns per customer, with links to both", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  // Today: 30 seat-months at $100 from customers holding 3 seats each = $3,000 a month from 10
  // customers, so $3,600 per customer a year (worked by hand).
  await db.revenueModelChoice.create({ data: { projectId, model: "subscription", price: 100, unit: "seat-month", currentVolume: 30, monthlyVolume: 30, rampMonths: 0, unitsPerCustomer: 3 } });
  await db.burnPlan.create({ data: { projectId, cashOnHand: 100_000, otherMonthlyCosts: 1_000 } });

  await page.goto(marketUrl(projectId, "size"));
  await page.getByLabel("Price per customer per year this sizing assumes (USD)").fill("12000");
  await expectStatus(page, "saved");
  await page.reload();
  await expect(page.getByLabel("Price per customer per year this sizing assumes (USD)")).toHaveValue("12,000.00");

  await page.goto(`/projects/${projectId}/readiness`);
  const warning = page.getByTestId("consistency-marketPriceVsModelPrice");
  await expect(warning).toContainText("assumes $12,000.00 per customer a year");
  await expect(warning).toContainText("earns $3,600.00 per paying customer a year today (3.3× apart");
  await expect(warning).toContainText("−3 points");
  await expect(warning.getByRole("link", { name: "Market" })).toHaveAttribute("href", `/projects/${projectId}/market?step=size`);
  await expect(warning.getByRole("link", { name: "Business model" })).toHaveAttribute("href", `/projects/${projectId}/business-model?step=economics`);
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("consistency-marketPriceVsModelPrice")).toContainText("每位付费客户每年带来 $3,600.00（相差 3.3 倍");

  // Within a factor of two the two places tell one price story: the warning goes.
  await page.goto(marketUrl(projectId, "size"));
  await page.getByLabel("本次测算假设的每位客户年价格（USD）").fill("4000");
  await expectStatus(page, "saved");
  await page.goto(`/projects/${projectId}/readiness`);
  await expect(page.getByTestId("consistency-none")).toBeVisible();
  await expect(page.getByTestId("consistency-marketPriceVsModelPrice")).toHaveCount(0);
});

test("a founder adds a suggested trend with evidence, which completes the wizard", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await db.marketResearch.create({ data: { projectId, objective: "o", dataCollection: "d", analysis: "a", findings: "f" } });
  await db.marketSegment.create({ data: { projectId, name: "Law firms", domain: "other" } });
  await db.marketCompetitor.create({ data: { projectId, name: "Incumbent", differentiation: "Local law" } });
  await db.marketSize.create({ data: { projectId, tamValue: 100, tamSource: "a", samValue: 10, samSource: "b", somValue: 1, somSource: "c" } });
  await page.goto(marketUrl(projectId, "trends"));
  await expect(page.getByTestId("wizard-progress")).toHaveText("4 of 5 steps complete");
  await page.getByRole("button", { name: "Add: Multimodal models" }).click();
  const trend = page.getByTestId("trend-row");
  await expect(trend).toHaveCount(1);
  await trend.getByLabel("For us this is").selectOption("opportunity");
  await trend.getByLabel("Evidence and what it means for our plan").fill("Our tests on 30 mock contracts with scanned pages.");
  await expectStatus(trend, "saved");

  await page.reload();
  await expect(page.getByTestId("wizard-progress")).toHaveText("5 of 5 steps complete");
  await expect(page.getByTestId("trend-row").getByLabel("Trend", { exact: true })).toHaveValue("Multimodal models");
  await expect(page.getByTestId("trend-row").getByLabel("For us this is")).toHaveValue("opportunity");
  await expect(page.getByTestId("trend-row").getByLabel("Evidence and what it means for our plan")).toHaveValue(/30 mock contracts/);
  await expect(page.getByRole("button", { name: "Add: Multimodal models" })).toHaveCount(0);
});

test("bad market input is refused with translated messages and nothing is stored", async ({ ownerPage: page, world }) => {
  await db.marketCompetitor.create({ data: { projectId: world.project.id, name: "Incumbent" } });
  await page.goto(marketUrl(world.project.id, "size"));
  await page.getByLabel("TAM value (USD per year)").fill("1000");
  await expectStatus(page, "invalid");
  await expect(page.getByText("Name the source of this figure.")).toBeVisible();
  await page.getByLabel("TAM source").fill("Own estimate");
  await page.getByLabel("SAM value (USD per year)").fill("2000");
  await page.getByLabel("SAM source").fill("Own count");
  await expect(page.getByText("SAM cannot be larger than TAM.")).toBeVisible();
  await page.getByLabel("SAM value (USD per year)").fill("-5");
  await expect(page.getByText("At least 0.")).toBeVisible();

  await page.goto(marketUrl(world.project.id, "competitors"));
  const row = page.getByTestId("competitor-row");
  await row.getByLabel("What they offer").fill("x".repeat(2001));
  await expectStatus(row, "invalid");
  await expect(row.getByText("At most 2000 characters.")).toBeVisible();

  await page.goto(marketUrl(world.project.id, "segments"));
  // An area the app does not offer, sent by a tampered form.
  const area = page.locator("#new-segment-domain");
  await area.evaluate((select: HTMLSelectElement) => select.add(new Option("Crypto", "crypto")));
  await area.selectOption("crypto");
  await page.getByLabel("Segment name").fill("Exchanges");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Please correct the highlighted fields.");

  await page.reload();
  await expect(page.getByTestId("segment-row")).toHaveCount(0);
  const stored = await db.marketCompetitor.findFirstOrThrow({ where: { projectId: world.project.id } });
  expect(stored).toMatchObject({ name: "Incumbent", offering: "", version: 1 });
  expect(await db.marketSize.count({ where: { projectId: world.project.id } })).toBe(0);
});

test("a viewer reads the market read-only and the server refuses a commenter's write", async ({ page, world }) => {
  await db.marketCompetitor.create({ data: { projectId: world.project.id, name: "Incumbent", differentiation: "Local law" } });
  await signIn(page, world.members.VIEWER);
  await page.goto(marketUrl(world.project.id, "competitors"));
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await expect(page.getByTestId("competitor-row").getByLabel("Our differentiation")).toHaveValue("Local law");
  await expect(page.getByTestId("competitor-row").getByLabel("Our differentiation")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Add", exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete Incumbent" })).toBeDisabled();

  await page.context().clearCookies();
  await signIn(page, world.members.COMMENTER);
  await page.goto(marketUrl(world.project.id, "competitors"));
  // Bypass the disabled UI so the server action itself must refuse.
  const input = page.getByLabel("Competitor or alternative");
  await input.evaluate((el: HTMLInputElement) => (el.disabled = false));
  await input.fill("Sneaky competitor");
  const add = page.getByRole("button", { name: "Add", exact: true });
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await add.click();
  await expect(page.getByTestId("form-error")).toHaveText("Your role in this team does not allow this.");
  await page.reload();
  await expect(page.getByTestId("competitor-row")).toHaveCount(1);
});

test("every market step fits a phone screen and has no serious accessibility violations", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await db.marketSegment.create({ data: { projectId, name: "Law firms", domain: "other" } });
  await db.marketCompetitor.create({ data: { projectId, name: "Incumbent" } });
  await db.marketTrend.create({ data: { projectId, title: "Cheaper inference", trendKey: "efficiency" } });
  await page.setViewportSize({ width: 375, height: 800 });
  for (const step of ["research", "segments", "competitors", "size", "trends"]) {
    await page.goto(marketUrl(projectId, step));
    await expect(page.locator(`a[aria-current="step"][href$="step=${step}"]`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});
