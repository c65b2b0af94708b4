// Setup and "nothing changed" checks read the e2e database directly, as the fixtures do.
import { db } from "@/lib/db/client";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const FAILURE_CARD = "Wrong positioning, poor product, cash ran out (anonymous)";
const CASH_RISK = "Running out of cash before product–market fit";

test("a founder filters the library, applies a lesson as a risk and finds it in the register linked to the card", async ({ ownerPage: page, world }) => {
  const lin = await db.teamMember.create({ data: { projectId: world.project.id, name: "Lin" } });
  // One low risk, owned and dated: no open high risk, so G3 is 2 before the lesson is applied.
  await db.risk.create({ data: { projectId: world.project.id, title: "Slow pilots", category: "competition", likelihood: 1, impact: 2, score: 2, ownerMemberId: lin.id, nextReview: new Date("2027-03-01T00:00:00Z") } });
  await page.goto(`/projects/${world.project.id}/cases`);
  // The test project is at the idea stage, so cards for that stage match with a reason.
  await expect(page.getByTestId("similar-cases")).toContainText("Relevant at your stage: Idea");

  await page.getByLabel("Outcome").selectOption("failure");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/outcome=failure/);
  const results = page.getByTestId("library-results").getByTestId("case-summary");
  await expect(results).toHaveCount(3);
  await expect(page.getByTestId("library-results")).not.toContainText("OpenAI GPT series");

  await page.getByTestId("library-results").getByRole("link", { name: FAILURE_CARD }).click();
  await expect(page.getByTestId("case-title")).toHaveText(FAILURE_CARD);
  await expect(page.getByTestId("case-detail").getByTestId("case-source-quality")).toContainText("Anonymous story: unverifiable, no figures");
  await expectAccessible(page);

  await page.getByLabel("Start from").selectOption({ label: `Risk: ${CASH_RISK}` });
  await expect(page.getByLabel("Risk title")).toHaveValue(CASH_RISK);
  await expect(page.getByLabel("Risk category")).toHaveValue("cashFlow");
  await page.getByLabel("Impact (1–5)").selectOption("5");
  // Owner and review date are asked for: without them the applied risk would lower the score.
  await page.getByRole("button", { name: "Apply lesson" }).click();
  await expect(page.locator("#apply-owner")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Owner").selectOption({ label: "Lin" });
  await page.getByLabel("Next review").fill("2027-02-01");
  await page.getByRole("button", { name: "Apply lesson" }).click();
  await expect(page.getByTestId("apply-done")).toContainText("Added to the risk register.");
  // A high risk (5 × 5 = 25) with no contingency yet: G3 2 → 0, and the form says so, with the reason.
  await expect(page.getByTestId("apply-score-dropped")).toContainText("G3");
  await expect(page.getByTestId("apply-score-dropped")).toContainText("Readiness fell from");
  await expect(page.getByTestId("applied-lesson")).toContainText(CASH_RISK);

  await page.getByRole("link", { name: "Open the risk register" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${world.project.id}/risks`));
  const row = page.getByTestId("risk-row").filter({ hasText: CASH_RISK });
  await expect(row).toHaveCount(1);
  const backLink = row.getByRole("link", { name: "From a case study" });
  await expect(backLink).toHaveAttribute("href", `/projects/${world.project.id}/cases/anon-failure-positioning`);
  await backLink.click();
  await expect(page.getByTestId("case-title")).toHaveText(FAILURE_CARD);
});

test("a founder adds an own case, tags it, and finds it in search beside the library", async ({ ownerPage: page, world }) => {
  await page.goto(`/projects/${world.project.id}/cases`);
  await page.getByLabel("Kind of case").selectOption("competitor");
  await page.getByLabel("Title").fill("LexiCheck");
  await page.getByRole("button", { name: "Add case" }).click();
  await expect(page.getByTestId("own-case-editor")).toBeVisible();

  await page.getByLabel("Context").fill("Sells per-seat subscriptions to in-house legal teams.");
  await page.getByTestId("case-sectors-tags").getByLabel("Legal").check();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await page.goto(`/projects/${world.project.id}/cases?q=PER-SEAT`);
  await expect(page.getByTestId("own-case-results")).toContainText("LexiCheck");
  await expect(page.getByTestId("case-result-count")).toHaveText("1 case matches");

  await page.getByRole("searchbox", { name: "Search" }).fill("");
  await page.getByLabel("Sector").selectOption("legal");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("own-case-results")).toContainText("LexiCheck");
  await page.getByLabel("Sector").selectOption("finance");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("own-case-results")).toHaveCount(0);
  await expect(page.getByTestId("library-results")).toContainText("Finance: credit scoring and fraud detection");
});

test("a viewer reads cases but cannot change anything, and the server refuses a forced apply", async ({ page, world }) => {
  const own = await db.ownCase.create({ data: { projectId: world.project.id, kind: "analogue", title: "Seeded analogue", context: "Read me" } });
  await signIn(page, world.members.VIEWER);
  await page.goto(`/projects/${world.project.id}/cases`);
  await expect(page.getByRole("button", { name: "Add case" })).toBeDisabled();
  await page.getByRole("link", { name: "Seeded analogue" }).click();
  await expect(page.getByTestId("case-detail")).toContainText("Read me");
  await expect(page.getByTestId("own-case-editor")).toHaveCount(0);

  await db.teamMember.create({ data: { projectId: world.project.id, name: "Lin" } });
  await page.goto(`/projects/${world.project.id}/cases/openai-gpt`);
  await expect(page.getByTestId("case-corrections")).toContainText("175 billion");
  const apply = page.getByRole("button", { name: "Apply lesson" });
  await expect(apply).toBeDisabled();
  // Force a complete, valid form open, so the server's role check is what refuses it.
  for (const id of ["#apply-owner", "#apply-review"]) await page.locator(id).evaluate((el: HTMLInputElement) => (el.disabled = false));
  await page.locator("#apply-owner").selectOption({ label: "Lin" });
  await page.locator("#apply-review").fill("2027-02-01");
  await apply.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await apply.click();
  await expect(page.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  expect(await db.risk.count({ where: { projectId: world.project.id } })).toBe(0);
  expect(await db.ownCase.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ title: "Seeded analogue", version: 1 });
});

test("a commenter cannot create an own case: the server refuses", async ({ page, world }) => {
  await signIn(page, world.members.COMMENTER);
  await page.goto(`/projects/${world.project.id}/cases`);
  const title = page.getByLabel("Title");
  const add = page.getByRole("button", { name: "Add case" });
  await expect(add).toBeDisabled();
  await title.evaluate((el: HTMLInputElement) => (el.disabled = false));
  await title.fill("Sneaky case");
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await add.click();
  await expect(page.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  expect(await db.ownCase.count({ where: { projectId: world.project.id } })).toBe(0);
});
