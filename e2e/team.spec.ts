// The team wizard as a founder, a collaborator and read-only roles would use it.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges and checks rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const teamUrl = (projectId: string, step: string) => `/projects/${projectId}/team?step=${step}`;

async function expectSaved(scope: Page | Locator) {
  await expect(scope.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

function memberCard(page: Page, name: string) {
  return page.locator(`[data-testid="member-card"][data-member-name="${name}"]`);
}

function needFor(page: Page, role: string) {
  return page.getByRole("group", { name: `Needed for ${role}` });
}

const STRATEGY: Record<string, string> = {
  "Recruitment standards": "Has shipped a model to production.",
  Channels: "University labs and NLP communities.",
  "Interview process": "Take-home, pairing, founder chat.",
  "Training plan": "Monthly external course budget.",
  "Knowledge sharing": "Friday tech talks and a wiki.",
  "Salary level": "80% of market plus equity.",
  "Equity pool": "10% pool, four-year vesting.",
  Bonus: "Team bonus per signed pilot.",
  "Career path": "IC and lead tracks.",
  "Working method": "Two-week Scrum.",
  "Meeting cadence": "Daily stand-up, weekly review.",
  Tools: "Slack, Linear, GitHub.",
  "Roles and responsibilities": "CEO: customers. CTO: models.",
  "Backup plan": "Runbooks written; second engineer pairs on releases.",
};

test("a founder completes every step, reloads and finds everything", async ({ ownerPage: page, world }) => {
  await page.goto(teamUrl(world.project.id, "roles"));
  await expect(page.getByTestId("wizard-progress")).toHaveText("0 of 5 steps complete");
  await page.getByLabel("Business problem and scenario").fill("Contract review for mid-size law firms.");
  await needFor(page, "Deep-learning engineer").getByLabel("Now").check();
  await needFor(page, "Data scientist").getByLabel("Now").check();
  await needFor(page, "Marketing & sales").getByLabel("Later").check();
  await expectSaved(page);

  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page.getByRole("heading", { name: "Team members", level: 2 })).toBeVisible();
  await page.getByLabel("New member's name").fill("Lin Wei");
  await page.getByRole("button", { name: "Add member" }).click();
  const lin = memberCard(page, "Lin Wei");
  await lin.getByLabel("Title").fill("CTO");
  await lin.getByLabel("Deep-learning engineer").check();
  await lin.getByLabel("Data scientist").check();
  await lin.getByLabel("ML engineering & MLOps").selectOption("3");
  await lin.getByLabel("Industry / domain knowledge").selectOption("2");
  await lin.getByLabel("Equity %").fill("40");
  await lin.getByLabel("Monthly cost (USD)").fill("30000");
  await expectSaved(lin);

  await page.getByRole("link", { name: "Next →" }).click();
  const gaps = page.getByTestId("gap-list");
  await expect(gaps.locator('[data-gap="marketingSales"]')).toContainText("Marketing & sales (later): Missing");
  await page.getByRole("button", { name: "Add Marketing & sales to the hiring plan" }).click();
  await expect(gaps.locator('[data-gap="marketingSales"]')).toContainText("In hiring plan");

  await page.getByRole("link", { name: "Next →" }).click();
  const hire = page.getByTestId("hire-card");
  await expect(hire).toHaveCount(1);
  await hire.getByLabel("Monthly budget (USD)").fill("20000");
  await hire.getByLabel("Channel").selectOption("referrals");
  await expectSaved(hire);
  // A "later" role starts in three months: this month is members only, a year on includes the hire.
  await expect(page.getByTestId("team-costNow")).toHaveText("$30,000.00");
  await expect(page.getByTestId("team-costIn12")).toHaveText("$50,000.00");

  await page.getByRole("link", { name: "Next →" }).click();
  for (const [label, text] of Object.entries(STRATEGY)) await page.getByLabel(label, { exact: true }).fill(text);
  await expectSaved(page);

  await page.reload();
  await expect(page.getByTestId("wizard-progress")).toHaveText("5 of 5 steps complete");
  for (const [label, text] of Object.entries(STRATEGY)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
  await page.goto(teamUrl(world.project.id, "roles"));
  await expect(page.getByLabel("Business problem and scenario")).toHaveValue("Contract review for mid-size law firms.");
  await expect(needFor(page, "Deep-learning engineer").getByLabel("Now")).toBeChecked();
  await expect(needFor(page, "Marketing & sales").getByLabel("Later")).toBeChecked();
  await expect(needFor(page, "Researcher").getByLabel("Not needed")).toBeChecked();
  await page.goto(teamUrl(world.project.id, "members"));
  await expect(lin.getByLabel("Title")).toHaveValue("CTO");
  await expect(lin.getByLabel("Data scientist")).toBeChecked();
  await expect(lin.getByLabel("Industry / domain knowledge")).toHaveValue("2");
  await expect(lin.getByLabel("Monthly cost (USD)")).toHaveValue("30,000.00");
  await page.goto(teamUrl(world.project.id, "hiring"));
  await expect(page.getByTestId("hire-card").getByLabel("Channel")).toHaveValue("referrals");
  await expect(page.getByTestId("team-costIn12")).toHaveText("$50,000.00");
});

test("adding a member changes the gap list and the competency chart", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await db.teamPlan.create({ data: { projectId, rolesNow: ["deepLearningEngineer", "dataScientist"] } });
  await db.teamMember.create({ data: { projectId, name: "Lin", roles: ["deepLearningEngineer"], skills: { mlEngineering: 3 } } });

  await page.goto(teamUrl(projectId, "coverage"));
  await expect(page.getByTestId("gap-list").locator('[data-gap="dataScientist"]')).toContainText("Data scientist (now): Missing");
  const teamDomain = page.getByTestId("heat-grid-team").locator('[data-area="domain"]');
  await expect(teamDomain).toHaveText("0");
  const radar = page.getByTestId("team-radar");
  await expect(radar).toHaveAttribute("data-levels", "0,3,0,0,0,0,0,0,0,0");
  await expect(page.getByTestId("fusion-indicator")).toHaveAttribute("data-value", "absent");

  await page.goto(teamUrl(projectId, "members"));
  await page.getByLabel("New member's name").fill("Ana");
  await page.getByRole("button", { name: "Add member" }).click();
  const ana = memberCard(page, "Ana");
  await ana.getByLabel("Data scientist").check();
  await ana.getByLabel("Industry / domain knowledge").selectOption("3");
  await ana.getByLabel("Data engineering").selectOption("2");
  await expectSaved(ana);

  await page.goto(teamUrl(projectId, "coverage"));
  await expect(page.getByTestId("gap-list").locator('[data-gap="dataScientist"]')).toHaveCount(0);
  await expect(page.getByTestId("role-coverage").locator('[data-role="dataScientist"]')).toHaveAttribute("data-coverage", "covered");
  await expect(teamDomain).toHaveText("3");
  await expect(radar).toHaveAttribute("data-levels", "0,3,2,0,0,3,0,0,0,0");
  // Ana knows the domain (3) and has data-engineering skill, so industry knowledge reaches engineering.
  await expect(page.getByTestId("fusion-indicator")).toHaveAttribute("data-value", "linked");
});

test("a gap added to the hiring plan changes the monthly team cost", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await db.teamPlan.create({ data: { projectId, rolesNow: ["dataScientist"] } });
  await db.teamMember.create({ data: { projectId, name: "Lin", roles: ["deepLearningEngineer"], monthlyCost: 10000 } });
  await db.teamCost.create({ data: { projectId, memberMonthlyCost: 10000 } });

  await page.goto(teamUrl(projectId, "coverage"));
  await page.getByRole("button", { name: "Add Data scientist to the hiring plan" }).click();
  await expect(page.getByTestId("gap-list").locator('[data-gap="dataScientist"]')).toContainText("In hiring plan");

  await page.goto(teamUrl(projectId, "hiring"));
  await expect(page.getByTestId("team-costNow")).toHaveText("$10,000.00");
  const hire = page.getByTestId("hire-card");
  await expect(hire.getByLabel("Priority")).toHaveValue("HIGH");
  await hire.getByLabel("Monthly budget (USD)").fill("8000");
  await expectSaved(hire);
  await expect(page.getByTestId("team-costNow")).toHaveText("$18,000.00");
  await page.reload();
  await expect(page.getByTestId("team-costNow")).toHaveText("$18,000.00");
  // Month by month: this month first, named in the reader's language.
  const now = new Date();
  const table = page.getByTestId("team-cost");
  await table.getByText("Month by month").click();
  const firstMonth = table.locator("tbody tr").first();
  await expect(firstMonth).toContainText(new Intl.DateTimeFormat("en", { year: "numeric", month: "short", timeZone: "UTC" }).format(now));
  await expect(firstMonth).toContainText("$18,000.00");
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(firstMonth).toContainText(`${now.getUTCFullYear()}年${now.getUTCMonth() + 1}月`);
});

test("two people editing the same member: the second gets the conflict and nothing is lost", async ({ browser, world }) => {
  const projectId = world.project.id;
  await db.teamMember.create({ data: { projectId, name: "Lin", title: "Engineer" } });
  const [contextA, contextB] = [await browser.newContext(), await browser.newContext()];
  try {
    const [a, b] = [await contextA.newPage(), await contextB.newPage()];
    await signIn(a, world.members.OWNER);
    await signIn(b, world.members.EDITOR);
    await a.goto(teamUrl(projectId, "members"));
    await b.goto(teamUrl(projectId, "members"));

    await memberCard(a, "Lin").getByLabel("Title").fill("CTO");
    await expectSaved(memberCard(a, "Lin"));

    const linB = memberCard(b, "Lin");
    await linB.getByLabel("Title").fill("Chief scientist");
    await expect(linB.getByTestId("conflict-panel")).toContainText("Someone else changed this");
    await expect(linB.getByTestId("theirs-title")).toHaveText("CTO");
    await expect(linB.getByTestId("mine-title")).toHaveText("Chief scientist");
    await expect(linB.getByLabel("Title")).toHaveValue("Chief scientist");
    // The stored value is still A's: nothing was overwritten silently.
    expect((await db.teamMember.findFirstOrThrow({ where: { projectId } })).title).toBe("CTO");

    await linB.getByRole("button", { name: "Keep mine (save over theirs)" }).click();
    await expectSaved(linB);
    await a.reload();
    await expect(memberCard(a, "Lin").getByLabel("Title")).toHaveValue("Chief scientist");
  } finally {
    await contextA.close();
    await contextB.close();
  }
});

test("a viewer sees the team section read-only", async ({ page, world }) => {
  const projectId = world.project.id;
  await db.teamPlan.create({ data: { projectId, rolesNow: ["dataScientist"] } });
  await db.teamMember.create({ data: { projectId, name: "Lin", title: "CTO" } });
  await signIn(page, world.members.VIEWER);
  await page.goto(teamUrl(projectId, "roles"));
  await expect(page.getByTestId("read-only-banner")).toBeVisible();
  await expect(page.getByLabel("Business problem and scenario")).toBeDisabled();
  await expect(needFor(page, "Data scientist").getByLabel("Now")).toBeChecked();
  await expect(needFor(page, "Data scientist").getByLabel("Now")).toBeDisabled();
  await page.goto(teamUrl(projectId, "members"));
  await expect(memberCard(page, "Lin").getByLabel("Title")).toHaveValue("CTO");
  await expect(memberCard(page, "Lin").getByLabel("Title")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Add member" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete Lin" })).toBeDisabled();
  await page.goto(teamUrl(projectId, "coverage"));
  await expect(page.getByRole("button", { name: "Add Data scientist to the hiring plan" })).toBeDisabled();
  await page.goto(teamUrl(projectId, "strategy"));
  await expect(page.getByLabel("Backup plan")).toBeDisabled();
});

test("a commenter cannot save: the server refuses even when the UI is bypassed", async ({ page, world }) => {
  const projectId = world.project.id;
  await signIn(page, world.members.COMMENTER);
  await page.goto(teamUrl(projectId, "members"));
  const name = page.getByLabel("New member's name");
  const add = page.getByRole("button", { name: "Add member" });
  await expect(add).toBeDisabled();
  await name.evaluate((el: HTMLInputElement) => (el.disabled = false));
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await name.fill("Sneaky");
  await add.click();
  await expect(page.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  await page.reload();
  await expect(page.getByTestId("member-card")).toHaveCount(0);
  expect(await db.teamMember.count({ where: { projectId } })).toBe(0);
});

test("every step is accessible and fits a 375px phone", async ({ ownerPage: page, world }) => {
  // Five pages and five axe runs: over a minute when the machine is busy.
  test.setTimeout(180_000);
  const projectId = world.project.id;
  await db.teamPlan.create({ data: { projectId, rolesNow: ["deepLearningEngineer", "dataScientist"], rolesLater: ["marketingSales"] } });
  await db.teamMember.create({ data: { projectId, name: "Lin", roles: ["deepLearningEngineer", "dataScientist"], skills: { mlEngineering: 3, domain: 1 }, monthlyCost: 9000 } });
  await db.teamHire.create({ data: { projectId, roleId: "marketingSales", targetMonth: "2027-03", monthlyBudget: 7000 } });
  await page.setViewportSize({ width: 375, height: 800 });
  for (const step of ["roles", "members", "coverage", "hiring", "strategy"]) {
    await page.goto(teamUrl(projectId, step));
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width on ${step}`).toBeLessThanOrEqual(375);
  }
});

test("bad member input gets a translated inline error and is not saved", async ({ ownerPage: page, world }) => {
  const projectId = world.project.id;
  await db.teamMember.create({ data: { projectId, name: "Ana", equityPct: 60 } });
  await db.teamMember.create({ data: { projectId, name: "Lin" } });
  await page.goto(teamUrl(projectId, "members"));
  // By position: the card's name attribute follows what is typed.
  const lin = page.getByTestId("member-card").nth(1);
  await expect(lin).toHaveAttribute("data-member-name", "Lin");
  await lin.getByLabel("Monthly cost (USD)").fill("-5");
  await expect(lin.getByTestId("save-status")).toHaveAttribute("data-status", "invalid");
  await expect(lin.getByText("At least 0.")).toBeVisible();
  await expect(lin.getByLabel("Monthly cost (USD)")).toHaveAttribute("aria-invalid", "true");

  await lin.getByLabel("Monthly cost (USD)").fill("5000");
  await lin.getByLabel("Equity %").fill("50");
  await expect(lin.getByText("Total equity across members would exceed 100% (at most 40% is left).")).toBeVisible();
  expect((await db.teamMember.findFirstOrThrow({ where: { projectId, name: "Lin" } })).monthlyCost).toBe(0);

  await lin.getByLabel("Equity %").fill("40");
  await expectSaved(lin);
  await expect(page.getByTestId("equity-total")).toHaveText("Equity allocated to members: 100%");
});

test("pasting far too much into a text field cuts nothing: the counter says by how much, the save is refused, the stored text stays", async ({ ownerPage: page, world }) => {
  await page.goto(teamUrl(world.project.id, "strategy"));
  const backup = page.getByLabel("Backup plan", { exact: true });
  await backup.fill("Pair every key person; document the pipeline.");
  await expectSaved(page);

  const pasted = "x".repeat(10_000);
  await backup.fill(pasted);
  // The whole paste is still in the field: the browser did not cut it at the limit.
  await expect(backup).toHaveValue(pasted);
  const counter = page.getByTestId("length-counter");
  await expect(counter).toHaveAttribute("data-over", "true");
  await expect(counter).toContainText("10,000 / 2,000 characters: 8,000 characters too many.");
  await expect(backup).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "invalid");
  await expect(page.getByTestId("save-status")).not.toContainText("All changes saved");
  const stored = async () => (await db.teamStrategy.findUnique({ where: { projectId: world.project.id } }))?.backupPlan;
  expect(await stored()).toBe("Pair every key person; document the pipeline.");

  // Exactly at the limit saves, and is kept whole.
  await backup.fill("y".repeat(2_000));
  await expect(counter).toHaveAttribute("data-over", "false");
  await expectSaved(page);
  await expect.poll(stored).toBe("y".repeat(2_000));
});

test("text typed just before moving to another step is saved, not left behind", async ({ ownerPage: page, world }) => {
  await page.goto(teamUrl(world.project.id, "strategy"));
  await page.getByLabel("Backup plan", { exact: true }).fill("Typed and left at once");
  // No wait for the debounce: straight to another step, as a hurried founder would.
  await page.getByRole("link", { name: /Roles needed/ }).first().click();
  await expect(page).toHaveURL(/step=roles/);
  // Stored while the founder is on the other step (not only restored from a local draft on return).
  await expect.poll(async () => (await db.teamStrategy.findUnique({ where: { projectId: world.project.id } }))?.backupPlan, { timeout: 15_000 }).toBe("Typed and left at once");
  await page.goto(teamUrl(world.project.id, "strategy"));
  await expect(page.getByLabel("Backup plan", { exact: true })).toHaveValue("Typed and left at once");
});

test("any text, a comparison or a tag, is stored as typed, and shown as text", async ({ ownerPage: page, world }) => {
  await page.goto(teamUrl(world.project.id, "strategy"));
  await page.getByLabel("Backup plan", { exact: true }).fill("Ship when CAC < LTV/3 and churn <2%");
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("Backup plan", { exact: true })).toHaveValue("Ship when CAC < LTV/3 and churn <2%");
  // A tag is text too: a founder may well write about the HTML widget they ship.
  const tagged = '<b>bold</b> <img src=x onerror="window.__pwned=1">';
  await page.getByLabel("Backup plan", { exact: true }).fill(tagged);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("Backup plan", { exact: true })).toHaveValue(tagged);
  expect((await db.teamStrategy.findUniqueOrThrow({ where: { projectId: world.project.id } })).backupPlan).toBe(tagged);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});
