// The monthly forecast as founders and investors see it: one runway, the same text on the business
// model, funding and the investor summary; the forecast step with its chart, scenarios and
// downloads; money typed with thousands separators and kept to the cent.
import fs from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
// Like the other specs, this one checks stored rows directly in its e2e database.
import { db } from "@/lib/db/client";
import { formatMonth } from "@/lib/i18n/format";
import { addMonths, monthOf } from "@/lib/team/cost";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

/** The calendar month `n` months from now, as the runway names it. */
const monthAhead = (n: number) => formatMonth(addMonths(monthOf(new Date()), n), "en");

async function saved(page: Page) {
  await expect(page.getByTestId("save-status").first()).toHaveAttribute("data-status", "saved");
}

/** Cash 600,000 and other costs 50,000 a month, typed into the burn step. */
async function burnPlan(page: Page, projectId: string) {
  await page.goto(`/projects/${projectId}/business-model?step=burn`);
  await page.getByLabel("Cash on hand (USD)").fill("600000");
  await page.getByLabel("Other monthly costs (USD)").fill("50000");
  await saved(page);
}

test("business model, funding and the investor summary show the same runway, with and without the planned round", async ({ ownerPage: page, world, browser }) => {
  test.setTimeout(180_000);
  const projectId = world.project.id;
  // 600,000 / 50,000 = 12: cash is 0 after month 12 and below zero in month 13.
  const without = `12 months · cash runs out in ${monthAhead(12)}`;
  await burnPlan(page, projectId);
  await expect(page.getByTestId("runway")).toHaveText(without);
  await expect(page.getByTestId("runway-with-raise")).toHaveText(without);

  await page.goto(`/projects/${projectId}/funding?step=need`);
  await expect(page.getByTestId("runway-current")).toHaveText(without);
  await expect(page.getByTestId("runway-burn")).toHaveText("$50,000.00");

  // A planned 300,000 seed in month 4 (three months from now): 900,000 / 50,000 = 18 months.
  const withRaise = `18 months · cash runs out in ${monthAhead(18)}`;
  await page.goto(`/projects/${projectId}/funding?step=rounds`);
  await page.getByRole("button", { name: "Add a round" }).click();
  const round = page.getByTestId("funding-round");
  await round.getByLabel("Amount").fill("300000");
  await round.getByLabel("Target date").fill(`${addMonths(monthOf(new Date()), 3)}-15`);
  await expect(round.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  const card = page.getByTestId("runway-card");
  await expect(card.getByTestId("runway-with-raise")).toHaveText(withRaise);
  await expect(card.getByTestId("runway-current")).toHaveText(without);
  await expect(card.getByTestId("runway-rounds")).toContainText(`$300,000.00 · arrives in ${monthAhead(3)}`);

  await page.goto(`/projects/${projectId}/business-model?step=burn`);
  await expect(page.getByTestId("runway")).toHaveText(without);
  await expect(page.getByTestId("runway-with-raise")).toHaveText(withRaise);

  // The investor opens a live share link without an account.
  await page.goto(`/projects/${projectId}/sharing`);
  await page.getByLabel("Label (for you)").fill("Seed fund");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = new URL((await page.getByTestId("created-share-url").textContent())!).pathname;
  const investor = await (await browser.newContext()).newPage();
  await investor.goto(url);
  await expect(investor.getByTestId("summary-runway")).toHaveText(without);
  await expect(investor.getByTestId("summary-runway-with-raise")).toHaveText(withRaise);
  await investor.context().close();
});

test("the forecast step shows the statements, a chart and three scenarios, and downloads CSV and XLSX", async ({ ownerPage: page, world }) => {
  test.setTimeout(180_000);
  const projectId = world.project.id;
  await burnPlan(page, projectId);
  await page.goto(`/projects/${projectId}/business-model?step=revenue`);
  const subscription = page.getByTestId("revenue-model-subscription");
  await subscription.getByRole("button", { name: "Choose Subscription" }).click();
  await subscription.getByLabel("Price per unit (USD)").fill("299");
  await subscription.getByLabel("Units sold this month").fill("10");
  await subscription.getByLabel("Expected units per month").fill("100");
  await subscription.getByLabel("Months to reach the expected volume").fill("12");
  await subscription.getByLabel("Monthly churn (%)").fill("2");
  await expect(subscription.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  await expect(subscription.getByTestId("line-revenue")).toHaveText("$2,990.00");

  await page.goto(`/projects/${projectId}/business-model?step=forecast`);
  const forecast = page.getByTestId("forecast");
  await expect(forecast.getByTestId("forecast-chart").locator(".recharts-line-curve").first()).toBeVisible();
  // Month 1: 10 × 299 = 2,990 revenue; P&L first.
  const statement = page.getByTestId("statement");
  await expect(statement).toHaveAttribute("data-view", "pnl");
  await expect(statement.getByTestId("row-revenue").locator("td").first()).toHaveText("$2,990.00");
  await page.getByRole("button", { name: "Cash flow" }).click();
  await expect(statement).toHaveAttribute("data-view", "cashFlow");
  await expect(statement.getByTestId("row-openingCash").locator("td").first()).toHaveText("$600,000.00");

  // Three scenarios side by side, with their parameters shown.
  const scenarios = page.getByTestId("scenarios");
  await expect(scenarios.getByRole("columnheader")).toHaveText(["Base", "Downside", "Upside"]);
  await expect(page.getByTestId("scenario-parameters")).toContainText("Model prices (tokens, GPU hours)");
  await expect(page.getByTestId("scenario-parameters")).toContainText("+50%");
  await expect(page.getByTestId("scenario-runway").locator("td").first()).toHaveText(await page.getByTestId("forecast-runway").innerText());

  // Downloads: the CSV of the cash flow and the workbook with both statements.
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv-cashFlow").click()]);
  expect(csv.suggestedFilename()).toMatch(/Cash flow-USD\.csv$/);
  const text = fs.readFileSync((await csv.path())!, "utf8").replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toBe("Month,Opening cash,Operating cash flow (net income),Funding rounds,Closing cash,Closing cash without the planned rounds");
  expect(text.split("\r\n")[1].split(",").slice(0, 2)).toEqual([monthOf(new Date()), "600000"]);

  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-xlsx").click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["Profit and loss", "Cash flow"]);
  expect(workbook.getWorksheet("Profit and loss")!.getCell("B2").value).toBe(2990);

  await expectAccessible(page);
});

test("money is typed with thousands separators, kept to the cent, and never changed silently", async ({ ownerPage: page, world }) => {
  await page.goto(`/projects/${world.project.id}/business-model?step=burn`);
  const cash = page.getByLabel("Cash on hand (USD)");
  await cash.pressSequentially("1234567.8");
  await expect(cash).toHaveValue("1,234,567.8");
  await cash.blur();
  await expect(cash).toHaveValue("1,234,567.80");
  await saved(page);
  // A pasted amount with separators is read as written.
  const other = page.getByLabel("Other monthly costs (USD)");
  await other.focus();
  await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const data = new DataTransfer();
    data.setData("text/plain", "1,234.50");
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await other.fill("1,234.50");
  await other.blur();
  await expect(other).toHaveValue("1,234.50");
  await saved(page);
  await page.reload();
  await expect(page.getByLabel("Cash on hand (USD)")).toHaveValue("1,234,567.80");
  await expect(page.getByLabel("Other monthly costs (USD)")).toHaveValue("1,234.50");

  // Text that is not an amount stays as typed (also as the local draft after a reload), says why,
  // and is not saved.
  await page.getByLabel("Cash on hand (USD)").fill("12abc");
  await expect(page.getByLabel("Cash on hand (USD)")).toHaveValue("12abc");
  await expect(page.getByText("Enter a number.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Cash on hand (USD)")).toHaveValue("12abc");
  await expect(page.getByText("Enter a number.")).toBeVisible();
  expect(await db.burnPlan.findUniqueOrThrow({ where: { projectId: world.project.id } })).toMatchObject({ cashOnHand: 1_234_567.8, otherMonthlyCosts: 1234.5 });
});
