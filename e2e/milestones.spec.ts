// The milestones wizard: the documents' chain seeded by a button, owners and dates, overdue
// highlighting, dependency loops refused, the timeline, the checklist, and read-only roles.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec checks and arranges rows directly in its e2e database.
import { db } from "@/lib/db/client";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const url = (projectId: string, step: string) => `/projects/${projectId}/milestones?step=${step}`;

async function expectStatus(scope: Page | Locator, status: "saved" | "invalid") {
  await expect(scope.getByTestId("save-status")).toHaveAttribute("data-status", status);
}

test("a founder seeds the chain, assigns owners and dates, and sees overdue work on the timeline", async ({ ownerPage: page, world }) => {
  await page.goto(url(world.project.id, "milestones"));
  await page.getByRole("button", { name: "Add the standard chain" }).click();
  await expect(page.getByTestId("milestone")).toHaveCount(6);

  const kickoff = page.getByRole("group", { name: "Project kickoff" });
  await kickoff.getByLabel("Owner").fill("Ada Founder");
  await expectStatus(kickoff, "saved");

  // Started and due in the past, not done: overdue.
  const requirements = page.getByRole("group", { name: "Requirements analysis done" });
  await requirements.getByLabel("Start").fill("2020-01-01");
  await requirements.getByLabel("Due").fill("2020-01-10");
  await requirements.getByLabel("Status").selectOption("inProgress");
  await expectStatus(requirements, "saved");
  await expect(requirements.getByTestId("overdue-badge")).toHaveText("Overdue");
  // It was started before its prerequisite (kickoff) is done.
  await expect(requirements.getByTestId("waiting-for")).toContainText("Project kickoff");

  await page.reload();
  await expect(page.getByRole("group", { name: "Project kickoff" }).getByLabel("Owner")).toHaveValue("Ada Founder");
  await expect(page.getByRole("group", { name: "Requirements analysis done" })).toHaveAttribute("data-overdue", "true");

  await page.goto(url(world.project.id, "timeline"));
  await expect(page.getByTestId("timeline-row")).toHaveCount(6);
  await expect(page.getByTestId("timeline-row").filter({ hasText: "Requirements analysis done" })).toHaveAttribute("data-overdue", "true");
  await expect(page.getByTestId("overdue-count")).toHaveText("1 milestone overdue.");
  await expectAccessible(page);
});

test("end before start and dependency loops are refused with translated messages", async ({ ownerPage: page, world }) => {
  await page.goto(url(world.project.id, "milestones"));
  await page.getByRole("button", { name: "Add the standard chain" }).click();
  const design = page.getByRole("group", { name: "Design done" });
  await design.getByLabel("Start").fill("2027-05-10");
  await design.getByLabel("Due").fill("2027-05-01");
  await expectStatus(design, "invalid");
  await expect(design.getByText("The end date must not be before the start date.")).toBeVisible();

  const kickoff = page.getByRole("group", { name: "Project kickoff" });
  await kickoff.getByText("Depends on:").click();
  await kickoff.getByLabel("Launch and maintenance").check();
  await expectStatus(kickoff, "invalid");
  await expect(kickoff.getByText("This would make milestones depend on each other in a loop.")).toBeVisible();

  const stored = await db.milestone.findMany({ where: { projectId: world.project.id }, include: { dependsOn: true } });
  const kickoffRow = stored.find((m) => m.title === "Project kickoff")!;
  expect(kickoffRow).toMatchObject({ version: 1 });
  expect(kickoffRow.dependsOn).toEqual([]);
  expect(stored.find((m) => m.title === "Design done")).toMatchObject({ version: 1 });
});

test("the plan, the execution checklist and the feedback loop are kept after reloading", async ({ ownerPage: page, world }) => {
  await page.goto(url(world.project.id, "plan"));
  await page.getByLabel("Goals").fill("Three paying pilot firms in 12 months");
  await page.getByLabel("Progress tracking").fill("Jira, weekly review");
  await expectStatus(page, "saved");

  await page.goto(url(world.project.id, "quality"));
  await page.getByLabel("Code review before merging").check();
  await expect(page.getByTestId("quality-progress")).toHaveText("1 of 22 in place");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  // No own hardware: not applicable leaves the total; the item's box cannot be ticked meanwhile.
  await page.getByRole("button", { name: "Not applicable: Hardware / cloud resources provisioned" }).click();
  await expect(page.getByTestId("quality-progress")).toHaveText("1 of 21 in place");
  await expect(page.getByLabel("Hardware / cloud resources provisioned")).toBeDisabled();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await page.goto(url(world.project.id, "feedback"));
  await page.getByLabel("User feedback and iteration").fill("In-app feedback, fortnightly triage, monthly release");
  await expectStatus(page, "saved");

  await page.reload();
  await expect(page.getByLabel("User feedback and iteration")).toHaveValue("In-app feedback, fortnightly triage, monthly release");
  await page.goto(url(world.project.id, "quality"));
  await expect(page.getByLabel("Code review before merging")).toBeChecked();
  await expect(page.getByRole("button", { name: "Not applicable: Hardware / cloud resources provisioned" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("quality-progress")).toHaveText("1 of 21 in place");
  await page.goto(url(world.project.id, "plan"));
  await expect(page.getByLabel("Goals")).toHaveValue("Three paying pilot firms in 12 months");
});

test("a viewer sees milestones read-only and a commenter's writes are refused by the server", async ({ page, world }) => {
  await db.milestone.create({ data: { projectId: world.project.id, title: "Design done", owner: "Li" } });
  await signIn(page, world.members.VIEWER);
  await page.goto(url(world.project.id, "milestones"));
  const design = page.getByRole("group", { name: "Design done" });
  await expect(design.getByLabel("Owner")).toBeDisabled();
  await expect(design.getByLabel("Owner")).toHaveValue("Li");
  await expect(page.getByRole("button", { name: "Add a milestone" })).toBeDisabled();

  await page.context().clearCookies();
  await signIn(page, world.members.COMMENTER);
  await page.goto(url(world.project.id, "quality"));
  await expect(page.getByLabel("Code review before merging")).toBeDisabled();
  await page.goto(url(world.project.id, "milestones"));
  const add = page.getByRole("button", { name: "Add a milestone" });
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await add.click();
  await expect(page.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  expect(await db.milestone.count({ where: { projectId: world.project.id } })).toBe(1);
});
