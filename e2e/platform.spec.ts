// The platform wizard as a founder fills it, with bad input refused and read-only roles kept out.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const platformUrl = (projectId: string, step: string) => `/projects/${projectId}/platform?step=${step}`;

async function expectStatus(scope: Page | Locator, status: "saved" | "invalid") {
  await expect(scope.getByTestId("save-status")).toHaveAttribute("data-status", status);
}

async function addRow(page: Page, label: string, name: string, rowTestId: string, count: number) {
  await page.getByLabel(label, { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId(rowTestId)).toHaveCount(count);
  return page.getByTestId(rowTestId).nth(count - 1);
}

test("a founder documents a data source and the tooling checklist, then finds them after reloading", async ({ ownerPage: page, world }) => {
  await page.goto(platformUrl(world.project.id, "data"));
  await expect(page.getByTestId("wizard-progress")).toHaveText("0 of 9 steps complete");
  const source = await addRow(page, "Data source", "Pilot customer contracts", "data-source-row", 1);
  await source.getByLabel("Origin").selectOption("customer");
  await source.getByLabel("Rights and consent").selectOption("documented");
  await source.getByLabel("Sensitivity").selectOption("personal");
  await source.getByLabel("Licence, contract or consent basis").fill("Pilot agreement §4 allows model improvement.");
  await expectStatus(source, "saved");
  await expect(source.getByRole("note")).toContainText("Contains personal information");

  await page.getByRole("link", { name: "Tooling & MLOps" }).click();
  const framework = page.getByTestId("tooling-framework");
  await framework.getByLabel("Status: Deep-learning framework").selectOption("inPlace");
  await framework.getByLabel("Tool or approach: Deep-learning framework").fill("PyTorch");
  await expectStatus(framework, "saved");
  await expect(page.getByTestId("tooling-progress")).toHaveText("1 in place · 0 planned · 14 open");

  await page.reload();
  await expect(page.getByTestId("tooling-framework").getByLabel("Tool or approach: Deep-learning framework")).toHaveValue("PyTorch");
  await expect(page.getByTestId("tooling-framework").getByLabel("Status: Deep-learning framework")).toHaveValue("inPlace");
  await page.goto(platformUrl(world.project.id, "data"));
  await expect(page.getByTestId("data-source-row").getByLabel("Rights and consent")).toHaveValue("documented");
  await expect(page.getByTestId("data-source-row").getByLabel("Licence, contract or consent basis")).toHaveValue(/Pilot agreement/);
  await expect(page.getByTestId("wizard-progress")).toHaveText("1 of 9 steps complete");
});

test("a founder plans compute lines whose monthly cost adds up and survives a reload", async ({ ownerPage: page, world }) => {
  await page.goto(platformUrl(world.project.id, "compute"));
  await expect(page.getByTestId("compute-total")).toHaveText("$0.00");
  const training = await addRow(page, "Compute line", "Fine-tuning", "compute-line-row", 1);
  await training.getByLabel("Provider").fill("AWS");
  await training.getByLabel("Accelerator type").fill("NVIDIA A100");
  await training.getByLabel("Accelerators").fill("8");
  await training.getByLabel("Hours per month each").fill("720");
  await training.getByLabel("Rate per accelerator-hour (USD)").fill("2.5");
  await expect(training.getByTestId("compute-line-cost")).toHaveText("$14,400.00");
  await expectStatus(training, "saved");
  const serving = await addRow(page, "Compute line", "Inference", "compute-line-row", 2);
  await serving.getByLabel("Provider").fill("Google Cloud");
  await serving.getByLabel("Accelerators").fill("2");
  await serving.getByLabel("Hours per month each").fill("100");
  await serving.getByLabel("Rate per accelerator-hour (USD)").fill("1.25");
  await expectStatus(serving, "saved");
  await expect(page.getByTestId("compute-total")).toHaveText("$14,650.00");

  await page.reload();
  await expect(page.getByTestId("compute-total")).toHaveText("$14,650.00");
  await expect(page.getByTestId("compute-line-row").first().getByLabel("Rate per accelerator-hour (USD)")).toHaveValue("2.50");
  await expect(page.getByTestId("compute-line-row").nth(1).getByLabel("Provider")).toHaveValue("Google Cloud");
  await expect(page.getByTestId("wizard-progress")).toHaveText("1 of 9 steps complete");
});

test("a founder adds an ecosystem partner and finds it after reloading", async ({ ownerPage: page, world }) => {
  await page.goto(platformUrl(world.project.id, "ecosystem"));
  const partner = await addRow(page, "Partner", "Law school NLP lab", "partner-row", 1);
  await partner.getByLabel("Kind").selectOption("university");
  await partner.getByLabel("Status").selectOption("talking");
  await partner.getByLabel("What they bring and what we give").fill("Interns and an evaluation set.");
  await expectStatus(partner, "saved");

  await page.reload();
  await expect(page.getByTestId("partner-row").getByLabel("Name")).toHaveValue("Law school NLP lab");
  await expect(page.getByTestId("partner-row").getByLabel("Kind")).toHaveValue("university");
  await expect(page.getByTestId("partner-row").getByLabel("What they bring and what we give")).toHaveValue("Interns and an evaluation set.");
  await expect(page.getByTestId("wizard-progress")).toHaveText("1 of 9 steps complete");
});

test("bad platform input is refused with translated messages and nothing is stored", async ({ ownerPage: page, world }) => {
  await db.platformComputeLine.create({ data: { projectId: world.project.id, name: "Inference", provider: "AWS", quantity: 1, hoursPerMonth: 10, hourlyRate: 2 } });
  await db.platformPartner.create({ data: { projectId: world.project.id, name: "Law school" } });
  await page.goto(platformUrl(world.project.id, "compute"));
  const line = page.getByTestId("compute-line-row");
  await line.getByLabel("Hours per month each").fill("800");
  await line.getByLabel("Rate per accelerator-hour (USD)").fill("-1");
  await line.getByLabel("Accelerators").fill("1.5");
  await expectStatus(line, "invalid");
  await expect(line.getByText("At most 744.")).toBeVisible();
  await expect(line.getByText("At least 0.")).toBeVisible();
  await expect(line.getByText("Enter a whole number.")).toBeVisible();
  // An origin the app does not offer, sent by a tampered form.
  const purpose = line.getByLabel("Purpose");
  await purpose.evaluate((select: HTMLSelectElement) => select.add(new Option("Mining", "mining")));
  await purpose.selectOption("mining");
  await expect(line.getByText("Choose one of the listed options.")).toBeVisible();

  await page.goto(platformUrl(world.project.id, "ecosystem"));
  const partner = page.getByTestId("partner-row");
  await partner.getByLabel("What they bring and what we give").fill("y".repeat(2001));
  await expectStatus(partner, "invalid");
  await expect(partner.getByText("At most 2000 characters.")).toBeVisible();

  await page.goto(platformUrl(world.project.id, "compute"));
  await expect(page.getByTestId("compute-total")).toHaveText("$20.00");
  expect(await db.platformComputeLine.findFirstOrThrow({ where: { projectId: world.project.id } })).toMatchObject({ hoursPerMonth: 10, hourlyRate: 2, quantity: 1, purpose: "inference", version: 1 });
  expect(await db.platformPartner.findFirstOrThrow({ where: { projectId: world.project.id } })).toMatchObject({ name: "Law school", contribution: "", version: 1 });
});

test("a viewer reads the platform read-only and the server refuses a commenter's write", async ({ page, world }) => {
  await db.platformComputeLine.create({ data: { projectId: world.project.id, name: "Inference", provider: "AWS", quantity: 2, hoursPerMonth: 100, hourlyRate: 3 } });
  await signIn(page, world.members.VIEWER);
  await page.goto(platformUrl(world.project.id, "compute"));
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await expect(page.getByTestId("compute-total")).toHaveText("$600.00");
  await expect(page.getByTestId("compute-line-row").getByLabel("Accelerators")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Add", exact: true })).toBeDisabled();
  await page.goto(platformUrl(world.project.id, "tooling"));
  await expect(page.getByTestId("tooling-framework").getByLabel("Status: Deep-learning framework")).toBeDisabled();

  await page.context().clearCookies();
  await signIn(page, world.members.COMMENTER);
  await page.goto(platformUrl(world.project.id, "data"));
  // Bypass the disabled UI so the server action itself must refuse.
  const input = page.getByLabel("Data source", { exact: true });
  await input.evaluate((el: HTMLInputElement) => (el.disabled = false));
  await input.fill("Scraped forum posts");
  const add = page.getByRole("button", { name: "Add", exact: true });
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await add.click();
  await expect(page.getByTestId("form-error")).toHaveText("Your role in this team does not allow this.");
  await page.reload();
  await expect(page.getByTestId("data-source-row")).toHaveCount(0);
});

test("every platform step fits a phone screen and has no serious accessibility violations", async ({ ownerPage: page, world }) => {
  // Nine steps, each loaded and checked with axe.
  test.setTimeout(180_000);
  const projectId = world.project.id;
  await db.platformDataSource.create({ data: { projectId, name: "Pilot contracts", sensitivity: "personal" } });
  await db.platformComputeLine.create({ data: { projectId, name: "Inference", provider: "AWS", quantity: 2, hoursPerMonth: 100, hourlyRate: 3 } });
  await db.platformPartner.create({ data: { projectId, name: "Law school" } });
  await db.aiFeature.create({ data: { projectId, name: "Review", routes: [{ modelKey: "openai/gpt-6-luna", sharePct: 100 }], inputTokens: 1000, outputTokens: 200, requestsPerUserMonth: 10, activeUsers: 5, medianRequests: 8, p90Ratio: 3 } });
  await db.aiSelfHostScenario.create({ data: { projectId, name: "2 GPUs", gpuCount: 2, hourlyPrice: 1.2, tokensPerSecond: 900, compareModelKey: "openai/gpt-6-sol" } });
  await db.aiCredit.create({ data: { projectId, name: "Cloud credits", amount: 5000, appliesTo: "cloud" } });
  await page.setViewportSize({ width: 375, height: 800 });
  for (const step of ["data", "compute", "priceBook", "routing", "usage", "selfHost", "credits", "tooling", "ecosystem"]) {
    await page.goto(platformUrl(projectId, step));
    await expect(page.locator(`a[aria-current="step"][href$="step=${step}"]`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  }
});
