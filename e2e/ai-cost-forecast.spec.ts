// The AI cost plan in the forecast: a founder shifts a feature's routing mix from the small to the
// large model and the runway on the business model and funding pages moves to the hand-computed
// figure; adding model credits moves it back, and the burn step says when the credits end.
import type { Page } from "@playwright/test";
// Like the other specs, this one arranges rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { formatMonth } from "@/lib/i18n/format";
import { addMonths, monthOf } from "@/lib/team/cost";
import { expect, test } from "./support/fixtures";

/** The calendar month `n` months from now, as the runway names it. */
const monthAhead = (n: number, locale = "en") => formatMonth(addMonths(monthOf(new Date()), n), locale);

async function expectSaved(page: Page, scope = page.locator("body")) {
  await expect(scope.getByTestId("save-status").first()).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
}

test("a routing mix changes the runway; credits move it back", async ({ ownerPage: page, world }) => {
  test.setTimeout(240_000);
  const projectId = world.project.id;
  await db.aiPriceEntry.createMany({
    data: [
      { projectId, modelKey: "custom-small001", provider: "Acme", model: "Small", currency: "USD", inputPerM: 1, outputPerM: 2, asOf: new Date("2026-11-30T00:00:00Z") },
      { projectId, modelKey: "custom-large001", provider: "Acme", model: "Large", currency: "USD", inputPerM: 10, outputPerM: 40, asOf: new Date("2026-11-30T00:00:00Z") },
    ],
  });
  // 100 seat-months a month, given away for now; 500 of other costs; 10,000 in the bank.
  await db.revenueModelChoice.create({ data: { projectId, model: "subscription", price: 0, unit: "seat-month", currentVolume: 100, monthlyVolume: 100, rampMonths: 0 } });
  await db.burnPlan.create({ data: { projectId, cashOnHand: 10_000, otherMonthlyCosts: 500 } });
  await db.aiFeature.create({
    data: { projectId, name: "Drafting", routes: [{ modelKey: "custom-small001", sharePct: 100 }], inputTokens: 1000, outputTokens: 500, requestsPerUserMonth: 100, activeUsers: 10, revenueModel: "subscription" },
  });

  // Small: 1,000 × 1 / 1M + 500 × 2 / 1M = 0.002 a request × 100 requests a seat-month = 0.20 a
  // unit; × 100 units = 20 a month. 10,000 / 520: 120 left after month 19, below zero in month 20.
  const small = `19 months · cash runs out in ${monthAhead(19)}`;
  await page.goto(`/projects/${projectId}/business-model?step=burn`);
  await expect(page.getByTestId("runway")).toHaveText(small);
  await expect(page.getByTestId("cost-serving-value")).toHaveText("$20.00");
  await page.goto(`/projects/${projectId}/business-model?step=economics`);
  await expect(page.getByTestId("serving-source")).toHaveAttribute("data-source", "routing");
  await expect(page.getByTestId("serving-source")).toContainText("$0.20 per unit (Drafting)");
  await expect(page.getByTestId("result-inferenceCostPerUnit")).toHaveText("$0.20");

  // Half of the requests to the large model (0.01 + 0.02 = 0.03 a request):
  // 0.5 × 0.002 + 0.5 × 0.03 = 0.016 × 100 = 1.60 a unit → 160 a month.
  await page.goto(`/projects/${projectId}/platform?step=routing`);
  const card = page.getByTestId("feature-card");
  await card.getByLabel("Share 1 (%)").fill("50");
  await card.getByRole("button", { name: "Add model" }).click();
  await card.getByLabel("Model 2", { exact: true }).selectOption("custom-large001");
  await card.getByLabel("Share 2 (%)").fill("50");
  await expect(card.getByTestId("cost-per-unit")).toHaveText("Per unit of Subscription: $1.60 — counted in the forecast.");
  await expectSaved(page, card);

  // 10,000 / 660: 100 left after month 15, below zero in month 16.
  const shifted = `15 months · cash runs out in ${monthAhead(15)}`;
  await page.goto(`/projects/${projectId}/business-model?step=burn`);
  await expect(page.getByTestId("runway")).toHaveText(shifted);
  await expect(page.getByTestId("cost-serving-value")).toHaveText("$160.00");
  await page.goto(`/projects/${projectId}/funding?step=need`);
  await expect(page.getByTestId("runway-current")).toHaveText(shifted);

  // 2,560 of model-API credits pay the 160 for 16 months: 10,000 − 19 × 660 + 2,560 = 20 after
  // month 19, −640 after month 20: back to 19 months.
  await page.goto(`/projects/${projectId}/platform?step=credits`);
  await page.getByLabel("Credit", { exact: true }).fill("Model credits");
  await page.getByRole("button", { name: "Add credit" }).click();
  const credit = page.getByTestId("credit-card");
  await credit.getByLabel("Pays for").selectOption("modelApi");
  await credit.getByLabel("Amount (USD)").fill("2560");
  await expectSaved(page, credit);

  await page.goto(`/projects/${projectId}/business-model?step=burn`);
  await expect(page.getByTestId("runway")).toHaveText(small);
  await expect(page.getByTestId("cost-credits-value")).toHaveText("-$160.00");
  const outlook = page.getByTestId("credits-outlook");
  await expect(outlook).toContainText(`Credits pay $2,560.00 of compute and model costs, the last of it in ${monthAhead(15)}.`);
  await expect(outlook).toContainText(`From ${monthAhead(16)}, $160.00 a month more is paid in cash.`);
  await expect(page.getByTestId("runway-without-credits")).toHaveText(`Runway without any credits: ${shifted}`);
  await page.goto(`/projects/${projectId}/funding?step=need`);
  await expect(page.getByTestId("runway-current")).toHaveText(small);

  // The same runway in Chinese.
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.goto(`/projects/${projectId}/business-model?step=burn`);
  await expect(page.getByTestId("runway")).toHaveText(`19 个月 · 现金将在 ${monthAhead(19, "zh-CN")} 用完`);
  await expect(page.getByTestId("runway-without-credits")).toContainText("15 个月");
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
