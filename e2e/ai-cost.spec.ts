// AI cost planning in the browser: the dated price book, a routing mix whose cost per request and
// per month follow the founder's edits, usage percentiles against the revenue model's price, the
// self-hosting break-even and the credits cliff.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { expect, signIn, test } from "./support/fixtures";

const url = (projectId: string, step: string) => `/projects/${projectId}/platform?step=${step}`;

async function expectSaved(scope: Page | Locator) {
  await expect(scope.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

/** Two models of the founders' own with round prices, so the sums below do not depend on the shipped book. */
async function ownModels(projectId: string) {
  await db.aiPriceEntry.createMany({
    data: [
      { projectId, modelKey: "custom-small001", provider: "Acme", model: "Small", currency: "USD", inputPerM: 1, outputPerM: 2, asOf: new Date("2026-11-30T00:00:00Z") },
      { projectId, modelKey: "custom-large001", provider: "Acme", model: "Large", currency: "USD", inputPerM: 10, outputPerM: 40, asOf: new Date("2026-11-30T00:00:00Z") },
    ],
  });
}

test("editing a routing mix changes its cost per request and per month, and the change is kept", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await ownModels(projectId);
  await db.aiFeature.create({
    data: { projectId, name: "Contract review", routes: [{ modelKey: "custom-small001", sharePct: 100 }], inputTokens: 1000, outputTokens: 500, requestsPerUserMonth: 100, activeUsers: 10 },
  });
  await page.goto(url(projectId, "routing"));
  const card = page.getByTestId("feature-card");
  // Small: 1,000 × 1 / 1M + 500 × 2 / 1M = 0.002 a request; × 100 requests × 10 users = 2 a month
  await expect(card.getByTestId("cost-per-request")).toHaveText("$0.002");
  await expect(card.getByTestId("cost-per-month")).toHaveText("$2.00");

  await card.getByRole("button", { name: "Add model" }).click();
  await card.getByLabel("Model 2", { exact: true }).selectOption("custom-large001");
  await card.getByLabel("Share 1 (%)").fill("80");
  await expect(card.getByTestId("shares-total")).toHaveText("Shares: 80 % of 100 %");
  await expect(card.getByTestId("cost-reason")).toHaveText("The shares must add up to 100 %.");
  await expect(card.getByTestId("cost-per-request")).toHaveText("—");
  await card.getByLabel("Share 2 (%)").fill("20");
  // Large: 1,000 × 10 / 1M + 500 × 40 / 1M = 0.03; mix 0.8 × 0.002 + 0.2 × 0.03 = 0.0076; × 1,000 = 7.60
  await expect(card.getByTestId("cost-per-request")).toHaveText("$0.0076");
  await expect(card.getByTestId("cost-per-user")).toHaveText("$0.76");
  await expect(card.getByTestId("cost-per-month")).toHaveText("$7.60");
  await expectSaved(card);

  await page.reload();
  await expect(page.getByTestId("feature-card").getByTestId("cost-per-request")).toHaveText("$0.0076");
  await expect(page.getByTestId("inference-total")).toHaveText("$7.60");
  const stored = await db.aiFeature.findFirstOrThrow({ where: { projectId } });
  expect(stored.routes).toEqual([
    { modelKey: "custom-small001", sharePct: 80 },
    { modelKey: "custom-large001", sharePct: 20 },
  ]);
});

test("the price book shows dated, sourced prices and flags old ones; a founder overrides one", async ({ ownerPage: page, world }) => {
  await page.goto(url(world.project.id, "priceBook"));
  const luna = page.locator('[data-testid="price-row"][data-model="openai/gpt-6-luna"]');
  await expect(luna).toContainText("As of 2026-10-16");
  await expect(luna.getByRole("link", { name: "Price page" })).toHaveAttribute("href", "https://developers.openai.com/api/docs/pricing");
  // Dated more than 90 days before the viewer's today.
  const glm = page.locator('[data-testid="price-row"][data-model="zhipu/glm-5-bailian"]');
  await expect(glm.getByTestId("check-price")).toHaveText("Check current price");

  await luna.getByRole("button", { name: "Use our own price for GPT-6 Luna" }).click();
  const override = page.locator('[data-testid="price-entry"][data-model="openai/gpt-6-luna"]');
  await override.getByLabel("Input per 1M (USD)", { exact: true }).fill("0.08");
  await expectSaved(override);
  await page.reload();
  await expect(page.locator('[data-testid="price-entry"][data-model="openai/gpt-6-luna"]').getByLabel("Input per 1M (USD)", { exact: true })).toHaveValue("0.08");
});

test("usage percentiles show which tier loses money and suggest a quota", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await ownModels(projectId);
  await db.aiCostSettings.create({ data: { projectId, targetMarginPct: 70 } });
  await db.revenueModelChoice.create({ data: { projectId, model: "subscription", price: 20, unit: "seat / month", monthlyVolume: 10 } });
  await db.aiFeature.create({
    data: { projectId, name: "Contract review", routes: [{ modelKey: "custom-large001", sharePct: 100 }], inputTokens: 1000, outputTokens: 500, requestsPerUserMonth: 100, activeUsers: 10, usageShape: "manual" },
  });
  await page.goto(url(projectId, "usage"));
  const card = page.getByTestId("usage-card");
  await card.getByLabel("Requests per month at p50").fill("40");
  await card.getByLabel("Requests per month at p90").fill("120");
  await card.getByLabel("Requests per month at p99").fill("800");
  // 0.03 a request: 40 → 1.20, 120 → 3.60, 800 → 24 against a 20 fee: the p99 user loses money.
  await expect(card.getByTestId("cost-p99")).toHaveText("$24.00");
  await expect(card.getByTestId("tier-row")).toHaveAttribute("data-losing", "true");
  await expect(card.getByTestId("tier-verdict")).toContainText("Subscription costs more than it earns for the p99 user.");
  // 20 × 0.3 / 0.03 = 200 requests included; 0.03 / 0.3 = 0.10 per extra request.
  await expect(card.getByTestId("quota")).toHaveText("To keep a 70 % margin, include 200 requests a month in Subscription and charge $0.10 per request beyond that.");
  await expectSaved(card);
});

test("the self-hosting comparison shows the break-even utilisation and moves with the inputs", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await ownModels(projectId);
  await db.aiSelfHostScenario.create({
    data: { projectId, name: "Open model on 2 GPUs", gpuType: "NVIDIA L40S", gpuCount: 2, hourlyPrice: 1.2, tokensPerSecond: 900, utilisationPct: 40, compareModelKey: "custom-large001", outputSharePct: 25 },
  });
  await page.goto(url(projectId, "selfHost"));
  const card = page.getByTestId("self-host-card");
  // API: 0.75 × 10 + 0.25 × 40 = 17.50 per 1M. Self-hosted at 40 %: 2.40 / (900 × 3,600 × 0.4) × 1M = 1.85.
  // Break-even: 2.40 × 1M / (3,240,000 × 17.50) = 4.2 %.
  await expect(card.getByTestId("api-cost")).toHaveText("$17.50");
  await expect(card.getByTestId("self-host-cost")).toHaveText("$1.85");
  await expect(card.getByTestId("break-even")).toHaveText("4.2 %");
  await expect(card.getByTestId("self-host-verdict")).toHaveAttribute("data-verdict", "selfHostCheaper");
  await expect(card.locator(".recharts-wrapper")).toBeVisible();

  await card.getByLabel("Utilisation (%)").fill("3");
  await expect(card.getByTestId("self-host-verdict")).toHaveAttribute("data-verdict", "apiCheaper");
  await expect(card.getByTestId("self-host-verdict")).toHaveText("At this utilisation the API is cheaper; self-hosting wins above 4.2 %.");
  await expectSaved(card);
  expect((await db.aiSelfHostScenario.findFirstOrThrow({ where: { projectId } })).utilisationPct).toBe(3);
});

test("credits show when they run out; a viewer cannot change them", async ({ page, world }) => {
  const projectId = world.project.id;
  await db.platformComputeLine.create({ data: { projectId, name: "Inference", provider: "AWS", quantity: 1, hoursPerMonth: 100, hourlyRate: 10 } });
  await db.aiCredit.create({ data: { projectId, name: "Cloud credits", appliesTo: "cloud", amount: 2_500 } });
  await signIn(page, world.members.VIEWER);
  await page.goto(url(projectId, "credits"));
  // 1,000 of compute a month: 1,000, 1,000, then the last 500 in the third month.
  await expect(page.getByTestId("credits-cliff")).toContainText("From");
  await expect(page.getByTestId("credits-cliff")).toContainText("monthly costs rise by about $500");
  await expect(page.getByTestId("credit-card").getByLabel("Amount (USD)")).toBeDisabled();
});
