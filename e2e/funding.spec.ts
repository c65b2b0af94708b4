// The funding wizard as a founder fills it, bad input refused, runway read from the business model,
// and read-only roles kept out by the server.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec checks and arranges rows directly in its e2e database.
import { db } from "@/lib/db/client";
import { formatMonth } from "@/lib/i18n/format";
import { addMonths, monthOf } from "@/lib/team/cost";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const fundingUrl = (projectId: string, step: string) => `/projects/${projectId}/funding?step=${step}`;

async function expectStatus(scope: Page | Locator, status: "saved" | "invalid" | "forbidden") {
  await expect(scope.getByTestId("save-status")).toHaveAttribute("data-status", status);
}

test("a founder fills need, a round, channels and use of funds, and finds them after reloading", async ({ ownerPage: page, world }) => {
  await page.goto(fundingUrl(world.project.id, "need"));
  await expectAccessible(page);
  await page.getByLabel("Amount needed").fill("1000000");

  await page.getByLabel("Needed by").fill("Q3 2027");
  await page.getByLabel("Why this amount").fill("18 months to paid pilots");
  await expectStatus(page, "saved");

  await page.goto(fundingUrl(world.project.id, "rounds"));
  await page.getByRole("button", { name: "Add a round" }).click();
  const round = page.getByTestId("funding-round");
  await expect(round).toHaveCount(1);
  await round.getByLabel("Stage").selectOption("seed");
  await round.getByLabel("Amount").fill("800000");
  await round.getByLabel("Instrument").selectOption("grant");
  await round.getByLabel("Target date").fill("2027-06-30");
  await expectStatus(round, "saved");
  await expect(page.getByTestId("rounds-total")).toContainText("$800,000");

  await page.goto(fundingUrl(world.project.id, "channels"));
  const loan = page.getByTestId("channel-bankLoan");
  await expect(loan).toContainText("repayment pressure and the interest rate");
  await expect(loan).toContainText("From the source documents (004)");
  await loan.getByLabel("We consider this channel").check();
  await loan.getByLabel("Our notes").fill("Only for working capital once revenue is steady");
  await expectStatus(loan, "saved");

  await page.goto(fundingUrl(world.project.id, "uses"));
  await page.getByRole("button", { name: "Add a line" }).click();
  const use = page.getByTestId("funds-use");
  await use.getByLabel("Category").selectOption("compute");
  await use.getByLabel("Amount").fill("900000");
  await expectStatus(use, "saved");
  // 900,000 planned against a 1,000,000 ask.
  await expect(page.getByTestId("uses-difference")).toHaveText("-$100,000.00");
  await expect(page.getByTestId("uses-check")).toContainText("The planned spending is $100,000.00 less than the amount asked for.");

  await page.reload();
  await expect(page.getByTestId("funds-use").getByLabel("Amount")).toHaveValue("900,000.00");
  await expect(page.getByTestId("wizard-progress")).toHaveText("4 of 5 steps complete");
  await page.goto(fundingUrl(world.project.id, "channels"));
  await expect(page.getByTestId("channel-bankLoan").getByLabel("Our notes")).toHaveValue("Only for working capital once revenue is steady");
  await page.goto(fundingUrl(world.project.id, "rounds"));
  await expect(page.getByTestId("funding-round").getByLabel("Instrument")).toHaveValue("grant");
  await expect(page.getByTestId("funding-round").getByLabel("Target date")).toHaveValue("2027-06-30");
  await page.goto(fundingUrl(world.project.id, "need"));
  await expect(page.getByLabel("Needed by")).toHaveValue("Q3 2027");
});

test("negative amounts, huge text and unknown options are refused with translated messages", async ({ ownerPage: page, world }) => {
  await page.goto(fundingUrl(world.project.id, "need"));
  await page.getByLabel("Amount needed").fill("-5");
  await page.getByLabel("Why this amount").fill("x".repeat(5001));
  await expectStatus(page, "invalid");
  await expect(page.getByText("At least 0.")).toBeVisible();
  await expect(page.getByText("At most 5000 characters.")).toBeVisible();
  await expect(page.getByLabel("Amount needed")).toHaveAttribute("aria-invalid", "true");

  await page.goto(fundingUrl(world.project.id, "rounds"));
  await page.getByRole("button", { name: "Add a round" }).click();
  const stage = page.getByTestId("funding-round").getByLabel("Stage");
  // A value the UI never offers, as a tampered request would send it.
  await stage.evaluate((el: HTMLSelectElement) => el.add(new Option("Unicorn", "unicorn")));
  await stage.selectOption("unicorn");
  await expect(page.getByTestId("funding-round").getByText("Choose one of the listed options.")).toBeVisible();

  expect(await db.fundingPlan.count({ where: { projectId: world.project.id } })).toBe(0);
  expect(await db.fundingRound.findFirstOrThrow({ where: { projectId: world.project.id } })).toMatchObject({ stage: "seed", version: 1 });
});

test("the funding page shows the forecast's runway, without retyping; the ask alone is not a round", async ({ ownerPage: page, world }) => {
  // Cash 600,000 and costs 50,000 a month in the business model: 0 after month 12, below zero in
  // month 13 → 12 months.
  const months12 = `12 months · cash runs out in ${formatMonth(addMonths(monthOf(new Date()), 12), "en")}`;
  await page.goto(`/projects/${world.project.id}/business-model?step=burn`);
  await page.getByLabel("Cash on hand (USD)").fill("600000");
  await page.getByLabel("Other monthly costs (USD)").fill("50000");
  await expect(page.locator('[data-testid="save-status"][data-status="saved"]').first()).toBeVisible();
  await expect(page.getByTestId("runway")).toHaveText(months12);

  await page.goto(fundingUrl(world.project.id, "need"));
  const runway = page.getByTestId("runway-card");
  await expect(runway.getByTestId("runway-current")).toHaveText(months12);
  await expect(runway.getByTestId("runway-burn")).toHaveText("$50,000.00");
  // The amount asked for has no date: only rounds with a target date arrive in the forecast
  // (e2e/forecast.spec.ts adds one). Dividing the ask by today's burn flattered the plan.
  await page.getByLabel("Amount needed").fill("300000");
  await expectStatus(page, "saved");
  await expect(runway.getByTestId("runway-with-raise")).toHaveText(months12);
  await page.reload();
  await expect(page.getByLabel("Amount needed")).toHaveValue("300,000.00");
  await expect(page.getByTestId("runway-with-raise")).toHaveText(months12);
});

test("a viewer sees funding read-only and a commenter's writes are refused by the server", async ({ page, world }) => {
  await db.fundingRound.create({ data: { projectId: world.project.id, amount: 500_000 } });
  await signIn(page, world.members.VIEWER);
  await page.goto(fundingUrl(world.project.id, "rounds"));
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await expect(page.getByTestId("funding-round").getByLabel("Amount")).toBeDisabled();
  await expect(page.getByTestId("funding-round").getByLabel("Amount")).toHaveValue("500,000.00");
  await expect(page.getByRole("button", { name: "Add a round" })).toBeDisabled();

  await page.context().clearCookies();
  await signIn(page, world.members.COMMENTER);
  await page.goto(fundingUrl(world.project.id, "rounds"));
  const add = page.getByRole("button", { name: "Add a round" });
  await expect(add).toBeDisabled();
  // Bypass the UI: enable the button and click, so the server action itself must refuse.
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await add.click();
  await expect(page.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  expect(await db.fundingRound.count({ where: { projectId: world.project.id } })).toBe(1);
});
