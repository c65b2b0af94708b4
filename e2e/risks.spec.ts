// The risk register as a founder, a viewer and a commenter would use it.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges and checks rows directly in its own e2e database.
import { db } from "../lib/db/client";
import { addMonths, isoDateOf } from "../lib/risks/model";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const risksUrl = (projectId: string, search = "") => `/projects/${projectId}/risks${search}`;

function rowTitled(page: Page, title: string): Locator {
  return page.getByTestId("risk-row").filter({ has: page.getByTestId("risk-title").getByText(title, { exact: true }) });
}

const cell = (page: Page, likelihood: number, impact: number) => page.getByTestId(`heat-cell-${likelihood}-${impact}`);

async function expectSaved(row: Locator) {
  await expect(row.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

test("a founder adds a risk from the library, rates it, filters by a heat-map cell and marks a review", async ({ ownerPage: page, world }) => {
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  await expect(page.getByTestId("risk-convention")).toContainText("Launchpad's convention");
  await expect(page.getByTestId("risk-count")).toHaveAttribute("data-count", "0");

  // From the library: a price war starts at likelihood 3 × impact 3 = 9, medium.
  const library = page.getByTestId("risk-library");
  await library.getByTestId("library-competition").locator("summary").click();
  await library.getByRole("button", { name: "Add to register: A price war squeezes margins" }).click();
  const row = rowTitled(page, "A price war squeezes margins");
  await expect(row).toBeVisible();
  await expect(row.getByTestId("risk-band")).toHaveAttribute("data-band", "medium");
  await expect(row.getByTestId("risk-band")).toHaveText("9 · Medium");
  await expect(cell(page, 3, 3)).toHaveAttribute("data-count", "1");
  await expect(library.getByTestId("library-template").filter({ hasText: "A price war" }).getByText("In register")).toBeVisible();

  // Re-rate it: the band changes at once, the heat map once the save is acknowledged.
  await row.getByLabel("Likelihood").selectOption("5");
  await row.getByLabel("Impact").selectOption("4");
  await expect(row.getByTestId("risk-band")).toHaveAttribute("data-band", "high");
  await expect(row.getByTestId("risk-band")).toHaveText("20 · High");
  await expectSaved(row);
  await expect(cell(page, 5, 4)).toHaveAttribute("data-count", "1");
  await expect(cell(page, 3, 3)).toHaveAttribute("data-count", "0");

  // A risk of our own, low.
  await page.locator("#new-risk-title").fill("GPU quota cut by the cloud provider");
  await page.locator("#new-risk-category").selectOption("computeCost");
  await page.locator("#new-risk-likelihood").selectOption("1");
  await page.locator("#new-risk-impact").selectOption("2");
  await page.getByRole("button", { name: "Add risk" }).click();
  await expect(rowTitled(page, "GPU quota cut by the cloud provider").getByTestId("risk-band")).toHaveAttribute("data-band", "low");
  await expect(page.getByTestId("risk-count")).toHaveAttribute("data-count", "2");

  // Filter by the high cell; select it again to clear.
  await cell(page, 5, 4).click();
  await expect(page).toHaveURL(/cell=5-4/);
  await expect(cell(page, 5, 4)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("risk-count")).toHaveAttribute("data-count", "1");
  await expect(page.getByTestId("risk-row")).toHaveCount(1);
  await expect(rowTitled(page, "A price war squeezes margins")).toBeVisible();
  await expect(page.getByTestId("cell-filter")).toContainText("likelihood 5, impact 4");

  // Review now: high risks come back in a month.
  const today = isoDateOf(new Date());
  const filtered = rowTitled(page, "A price war squeezes margins");
  await filtered.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(filtered.getByTestId("review-done")).toBeVisible();
  await expect(filtered.getByTestId("risk-last-reviewed")).not.toHaveText("Never reviewed");
  const stored = await db.risk.findFirstOrThrow({ where: { projectId: world.project.id, title: "A price war squeezes margins" } });
  expect(isoDateOf(stored.nextReview!)).toBe(addMonths(today, 1));
  expect(stored).toMatchObject({ likelihood: 5, impact: 4, score: 20, templateId: "priceWar" });

  await cell(page, 5, 4).click();
  await expect(page).not.toHaveURL(/cell=/);
  await expect(page.getByTestId("risk-count")).toHaveAttribute("data-count", "2");
  await expectAccessible(page);
});

test("a suggestion appears after the revenue model changes to data services, and a dismissed one stays dismissed", async ({ ownerPage: page, world }) => {
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  const suggestions = page.getByTestId("risk-suggestions");
  await expect(suggestions.locator('[data-suggestion-id="dataServicesPrivacy"]')).toHaveCount(0);

  // Change the revenue model in the business-model section, then come back.
  await page.goto(`/projects/${world.project.id}/business-model?step=revenue`);
  const dataServices = page.getByTestId("revenue-model-dataServices");
  await dataServices.getByRole("button", { name: /^Choose / }).click();
  await expect(dataServices).toHaveAttribute("data-chosen", "true");
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  const privacy = suggestions.locator('[data-suggestion-id="dataServicesPrivacy"]');
  await expect(privacy).toContainText("Selling data without lawful basis and consent");
  await expect(privacy).toContainText("sells data services");

  await privacy.getByRole("button", { name: "Add to register" }).click();
  await expect(rowTitled(page, "Selling data without lawful basis and consent")).toBeVisible();
  await expect(privacy).toHaveCount(0);

  const demand = suggestions.locator('[data-suggestion-id="demandUntested"]');
  await expect(demand).toBeVisible();
  await demand.getByRole("button", { name: "Dismiss" }).click();
  await expect(demand).toHaveCount(0);
  await page.reload();
  await expect(demand).toHaveCount(0);
  await expect(suggestions.getByText("Dismissed suggestions (1)")).toBeVisible();
});

test("the register comes before the library, and a template the founder already wrote in their own words is flagged", async ({ ownerPage: page, world }) => {
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  await page.locator("#new-risk-title").fill("Upstream provider triples API prices");
  await page.getByRole("button", { name: "Add risk" }).click();
  await expect(rowTitled(page, "Upstream provider triples API prices")).toBeVisible();

  // The register is above where new risks come from.
  const registerBox = await page.getByTestId("risk-register").boundingBox();
  const libraryBox = await page.getByTestId("risk-library").boundingBox();
  expect(registerBox!.y).toBeLessThan(libraryBox!.y);

  const library = page.getByTestId("risk-library");
  await library.getByTestId("library-providerDependency").locator("summary").click();
  const template = library.getByTestId("library-template").filter({ hasText: "Dependence on a third-party model provider" });
  await expect(template.getByTestId("duplicate-hint")).toContainText("You may already have this risk in your own words: “Upstream provider triples API prices”.");
  // Unrelated templates are not flagged.
  await expect(library.getByTestId("duplicate-hint")).toHaveCount(1);
  // The hint opens the founder's own risk; adding the template stays possible.
  await expect(template.getByRole("button", { name: "Add to register: Dependence on a third-party model provider" })).toBeEnabled();
  await template.getByRole("link", { name: "Open it" }).click();
  await expect(page).toHaveURL(/open=/);
  await expect(rowTitled(page, "Upstream provider triples API prices")).toBeVisible();

  // In Chinese the same hint, in Chinese.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: page.url() }]);
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  await page.getByTestId("risk-library").getByTestId("library-providerDependency").locator("summary").click();
  await expect(page.getByTestId("duplicate-hint")).toContainText("你可能已经用自己的话写过这个风险");
});

test("a viewer sees the register read-only", async ({ page, world }) => {
  await db.risk.create({ data: { projectId: world.project.id, title: "Key engineer leaves", category: "talentLoss", likelihood: 3, impact: 4, score: 12 } });
  await signIn(page, world.members.VIEWER);
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  const row = rowTitled(page, "Key engineer leaves");
  await row.getByRole("button", { name: "Edit details" }).click();
  await expect(row.getByLabel("Likelihood")).toBeDisabled();
  await expect(row.getByLabel("Risk", { exact: true })).toBeDisabled();
  await expect(row.getByRole("button", { name: "Mark reviewed" })).toBeDisabled();
  await expect(row.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add risk" })).toBeDisabled();
  // Filtering is reading, so it still works.
  await cell(page, 3, 4).click();
  await expect(page.getByTestId("risk-count")).toHaveAttribute("data-count", "1");
});

test("a commenter cannot add a risk: the server refuses even when the UI is bypassed", async ({ page, world }) => {
  await signIn(page, world.members.COMMENTER);
  await page.goto(risksUrl(world.project.id, "?step=identify"));
  const library = page.getByTestId("risk-library");
  await library.getByTestId("library-cashFlow").locator("summary").click();
  await expect(library.getByRole("button", { name: "Add to register: Cash runs out before the next milestone" })).toBeDisabled();
  // Bypass the UI: enable the form's controls and submit, so the server action itself must refuse.
  const title = page.locator("#new-risk-title");
  const submit = page.getByRole("button", { name: "Add risk" });
  await expect(submit).toBeDisabled();
  await title.evaluate((el: HTMLInputElement) => (el.disabled = false));
  await title.fill("Commenter's risk");
  await submit.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await submit.click();
  await expect(page.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  await page.reload();
  await expect(page.getByTestId("risk-count")).toHaveAttribute("data-count", "0");
  expect(await db.risk.count({ where: { projectId: world.project.id } })).toBe(0);
});

test("two editors change different fields of one risk: both are kept, no conflict; the same field asks about that field only", async ({ browser, world }) => {
  const projectId = world.project.id;
  await db.risk.create({ data: { projectId, title: "GPU prices triple", category: "computeCost", likelihood: 3, impact: 4, score: 12 } });
  const [contextA, contextB] = [await browser.newContext(), await browser.newContext()];
  try {
    const [a, b] = [await contextA.newPage(), await contextB.newPage()];
    await signIn(a, world.members.OWNER);
    await signIn(b, world.members.EDITOR);
    for (const page of [a, b]) {
      await page.goto(risksUrl(projectId, "?step=respond"));
      await rowTitled(page, "GPU prices triple").getByRole("button", { name: "Edit details" }).click();
    }
    const rowA = rowTitled(a, "GPU prices triple");
    const rowB = rowTitled(b, "GPU prices triple");
    await rowA.getByLabel("Contingency plan (if it happens anyway)").fill("Switch to a second provider");
    await expectSaved(rowA);

    // B loaded before A saved, and edits another field: merged silently.
    await rowB.getByLabel("Mitigation plan (what you do now)").fill("Reserve capacity a year ahead");
    await expectSaved(rowB);
    await expect(rowB.getByTestId("conflict-panel")).toHaveCount(0);
    const stored = () => db.risk.findFirstOrThrow({ where: { projectId } });
    expect(await stored()).toMatchObject({ contingency: "Switch to a second provider", mitigation: "Reserve capacity a year ahead" });
    await expect(rowB.getByLabel("Contingency plan (if it happens anyway)")).toHaveValue("Switch to a second provider");

    // Both change the mitigation: B is asked about that one field, with its label, and "Keep mine" keeps A's contingency.
    await a.reload();
    await rowA.getByRole("button", { name: "Edit details" }).click();
    await rowA.getByLabel("Mitigation plan (what you do now)").fill("Negotiate a fixed price");
    await expectSaved(rowA);
    await rowB.getByLabel("Mitigation plan (what you do now)").fill("Reserve capacity two years ahead");
    const panel = rowB.getByTestId("conflict-panel");
    await expect(panel).toBeVisible();
    await expect(panel.locator("dt")).toHaveText(["Mitigation plan (what you do now)"]);
    await expect(panel.getByTestId("theirs-mitigation")).toHaveText("Negotiate a fixed price");
    await rowB.getByRole("button", { name: "Keep mine (save over theirs)" }).click();
    await expectSaved(rowB);
    expect(await stored()).toMatchObject({ contingency: "Switch to a second provider", mitigation: "Reserve capacity two years ahead" });
  } finally {
    await contextA.close();
    await contextB.close();
  }
});
