import type { Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

/** Client forms work once React has hydrated; a click before that would be lost. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
}

async function setOneLiner(page: Page, projectId: string, text: string) {
  await open(page, `/projects/${projectId}/settings`);
  await page.getByLabel("One-liner").fill(text);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
}

async function addMember(page: Page, projectId: string, name: string) {
  await open(page, `/projects/${projectId}/team?step=members`);
  await page.getByLabel("New member's name").fill(name);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.locator(`input[value="${name}"]`)).toHaveCount(1);
}

const snapshotRow = (page: Page, title: string) => page.getByTestId("snapshot").filter({ has: page.getByTestId("snapshot-title").getByText(title, { exact: true }) });

test("save a snapshot, see exactly what changed since, restore it, then copy it into a new project", async ({ ownerPage: page, world }) => {
  test.setTimeout(120_000); // one long journey: seven pages, three writes
  const projectId = world.project.id;
  await setOneLiner(page, projectId, "Version one");
  await addMember(page, projectId, "Lin Wei");

  await open(page, `/projects/${projectId}/history`);
  await page.getByLabel("Snapshot name").fill("Before pivot");
  await page.getByRole("button", { name: "Save snapshot" }).click();
  await expect(snapshotRow(page, "Before pivot")).toBeVisible();

  // Two edits after the snapshot: one field of the project details, one new team member.
  await setOneLiner(page, projectId, "Version two");
  await addMember(page, projectId, "Ana Ruiz");

  await page.goto(`/projects/${projectId}/history`);
  await snapshotRow(page, "Before pivot").getByRole("link", { name: "Compare with current" }).click();
  await expect(page.getByTestId("compare-heading")).toHaveText("Changes from “Before pivot” to “Current plan”");
  await expect(page.getByTestId("diff-totals")).toHaveText("1 added · 0 removed · 1 changed");
  const changes = page.getByTestId("diff-change");
  await expect(changes).toHaveCount(2);
  const details = changes.filter({ hasText: "Project details" });
  await expect(details).toHaveAttribute("data-type", "changed");
  await expect(details.getByTestId("diff-field")).toHaveCount(1);
  await expect(details.getByTestId("diff-field")).toContainText("One-liner");
  await expect(details.getByTestId("diff-before")).toHaveText("Version one");
  await expect(details.getByTestId("diff-after")).toHaveText("Version two");
  const member = changes.filter({ has: page.getByTestId("diff-item").getByText("Ana Ruiz", { exact: true }) });
  await expect(member).toHaveAttribute("data-type", "added");
  await expect(page.getByTestId("diff-section")).toHaveCount(2);
  await expectAccessible(page);
  // The comparison fits a phone screen.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Restore: the current plan is kept as a snapshot first, then the old values are back.
  await open(page, `/projects/${projectId}/history`);
  await expectAccessible(page);
  page.once("dialog", (dialog) => dialog.accept());
  await snapshotRow(page, "Before pivot").getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
  await expect(snapshotRow(page, "Before restoring “Before pivot”")).toHaveAttribute("data-kind", "BEFORE_RESTORE");
  await page.goto(`/projects/${projectId}/settings`);
  await expect(page.getByLabel("One-liner")).toHaveValue("Version one");
  await page.goto(`/projects/${projectId}/team?step=members`);
  await expect(page.locator('input[value="Lin Wei"]')).toHaveCount(1);
  await expect(page.locator('input[value="Ana Ruiz"]')).toHaveCount(0);
  await page.goto(`/projects/${projectId}/history`);
  await snapshotRow(page, "Before pivot").getByRole("link", { name: "Compare with current" }).click();
  await expect(page.getByTestId("diff-empty")).toBeVisible();

  // Try a pivot: the snapshot becomes a new project of the same team.
  await open(page, `/projects/${projectId}/history`);
  const row = snapshotRow(page, "Before pivot");
  await row.getByRole("button", { name: "Copy as new project" }).click();
  await row.getByLabel("New project name").fill("Pivot to dentists");
  await row.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(/\/projects\/(?!.*history)[^/]+$/);
  expect(page.url()).not.toContain(projectId);
  await expect(page.getByTestId("project-title")).toHaveText("Pivot to dentists");
  // The copy opens on its dashboard, which shows the one-liner.
  await expect(page.getByTestId("dashboard-stage")).toContainText("Version one");
});

test("export a plan and import it again; a file with invalid values is refused with a message", async ({ ownerPage: page, world }) => {
  await setOneLiner(page, world.project.id, "Exported one-liner");
  const exported = await page.request.get(`/projects/${world.project.id}/export?format=json`);
  expect(exported.status()).toBe(200);
  const text = await exported.text();
  const markdown = await page.request.get(`/projects/${world.project.id}/export?format=markdown`);
  expect(await markdown.text()).toContain("# Test plan");

  await open(page, `/projects?team=${world.team.id}`);
  await page.getByTestId("import-plan-link").click();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: "Import a plan" })).toBeVisible();

  const tooLong = text.replace("Exported one-liner", "x".repeat(201));
  await page.getByLabel("Plan file (.json, up to 5 MB)").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(tooLong) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("history-error")).toContainText("does not pass Launchpad's checks");
  await expect(page.getByTestId("history-error")).toContainText("project.oneLiner");

  await page.getByLabel("Plan file (.json, up to 5 MB)").setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  expect(page.url()).not.toContain(world.project.id);
  await expect(page.getByTestId("dashboard-stage")).toContainText("Exported one-liner");
});

test("a viewer compares and exports but sees no restore, copy or save", async ({ ownerPage, browser, world }) => {
  await open(ownerPage, `/projects/${world.project.id}/history`);
  await ownerPage.getByLabel("Snapshot name").fill("Shown to fund A");
  await ownerPage.getByRole("button", { name: "Save snapshot" }).click();
  await expect(snapshotRow(ownerPage, "Shown to fund A")).toBeVisible();

  // On a phone.
  const page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
  await signIn(page, world.members.VIEWER);
  await page.goto(`/projects/${world.project.id}/history`);
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await expect(snapshotRow(page, "Shown to fund A")).toContainText(`by ${world.members.OWNER.name}`);
  await snapshotRow(page, "Shown to fund A").getByRole("link", { name: "Compare with current" }).click();
  await expect(page.getByTestId("diff-empty")).toBeVisible();
  await page.goto(`/projects/${world.project.id}/history`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByLabel("Snapshot name")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Restore" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Copy as new project" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download JSON" }).first()).toBeVisible();
  await page.goto(`/projects?team=${world.team.id}`);
  await expect(page.getByTestId("import-plan-link")).toHaveCount(0);
});
