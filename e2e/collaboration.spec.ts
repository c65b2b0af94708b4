// Teams working on one plan: invitations, concurrent edits of one risk, comments with mentions,
// read-only roles refused by the server, and the activity log.
import type { Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges and checks rows directly in its own e2e database.
import { db } from "../lib/db/client";
import { expectAccessible } from "./support/a11y";
import { createUser, expect, pageFor, test } from "./support/fixtures";

function riskRow(page: Page, title: string) {
  return page.getByTestId("risk-row").filter({ has: page.getByTestId("risk-title").getByText(title, { exact: true }) });
}

test("invite by link: a new member joins as editor; two people edit one risk and the conflict is resolved without loss", async ({ ownerPage: owner, world, browser }) => {
  test.setTimeout(90_000);
  const risk = await db.risk.create({
    data: { projectId: world.project.id, title: "Key engineer leaves", category: "talentLoss", likelihood: 3, impact: 4, score: 12, mitigation: "Document the pipeline." },
  });

  // The owner creates a single-use editor link.
  await owner.goto(`/teams/${world.team.id}`);
  await expect(owner.getByTestId("team-settings-title")).toContainText(world.team.name);
  await owner.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await owner.getByLabel("Can be used").selectOption("single");
  await owner.getByRole("button", { name: "Create link" }).click();
  const link = await owner.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(owner.getByTestId("open-invitations")).toContainText("Editor");
  await expectAccessible(owner);

  // Someone without a session opens it, signs in, comes back and joins.
  const joiner = await createUser("Nia Joiner");
  const context = await browser.newContext({ locale: "en-US" });
  const second = await context.newPage();
  await second.goto(link);
  await expect(second.getByRole("heading", { name: `Join ${world.team.name}` })).toBeVisible();
  await second.getByRole("link", { name: "Sign in" }).last().click();
  await second.getByLabel("Email").fill(joiner.email);
  await second.getByLabel("Password").fill("test-password-123");
  await second.getByRole("button", { name: "Sign in" }).click();
  await expect(second).toHaveURL(/\/invite\//);
  await second.getByRole("button", { name: "Join as Editor" }).click();
  await expect(second.getByTestId("joined-banner")).toContainText("as Editor");
  expect(await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: world.team.id, userId: joiner.id } } })).toMatchObject({ role: "EDITOR" });

  // The link was for one person: a second use is refused.
  const late = await pageFor(browser, await createUser("Late Comer"));
  await late.goto(link);
  await expect(late.getByTestId("invitation-status")).toHaveAttribute("data-status", "usedUp");
  await late.context().close();

  // Both open the same risk; the new editor sees the owner is here.
  const risksUrl = `/projects/${world.project.id}/risks?step=identify`;
  await owner.goto(risksUrl);
  await second.goto(risksUrl);
  await expect(second.getByTestId("presence")).toContainText("OW");
  const mine = riskRow(second, "Key engineer leaves");
  const theirs = riskRow(owner, "Key engineer leaves");
  await mine.getByRole("button", { name: "Edit details" }).click();
  await theirs.getByRole("button", { name: "Edit details" }).click();

  // The owner saves first…
  await theirs.getByLabel("Mitigation plan (what you do now)").fill("Cross-train a second engineer on the pipeline.");
  await expect(theirs.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
  // …the editor's save is based on the old version: a conflict showing the owner's text.
  await mine.getByLabel("Mitigation plan (what you do now)").fill("Write a runbook for every model release.");
  await expect(mine.getByTestId("save-status")).toHaveAttribute("data-status", "conflict");
  await expect(mine.getByTestId("theirs-mitigation")).toHaveText("Cross-train a second engineer on the pipeline.");
  await expect(mine.getByTestId("mine-mitigation")).toHaveText("Write a runbook for every model release.");
  await mine.getByRole("button", { name: "Merge both texts" }).click();
  await expect(mine.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  const stored = await db.risk.findUniqueOrThrow({ where: { id: risk.id } });
  expect(stored.mitigation).toBe("Write a runbook for every model release.\n\nCross-train a second engineer on the pipeline.");
  expect(stored.version).toBe(3);
  await context.close();
});

test("a commenter @mentions an editor, who sees it and resolves it; a viewer cannot comment", async ({ world, browser }) => {
  test.setTimeout(90_000);
  const overview = `/projects/${world.project.id}`;

  // The commenter writes on the overview and picks the editor from the suggestions.
  const commenter = await pageFor(browser, world.members.COMMENTER);
  await commenter.goto(overview);
  await commenter.getByRole("button", { name: /Comments · Overview/ }).click();
  const box = commenter.getByLabel("Comment on this section");
  await box.fill("@EDI");
  await commenter.getByTestId("mention-suggestions").getByRole("button", { name: "@EDITOR" }).click();
  await expect(box).toHaveValue("@EDITOR ");
  await box.pressSequentially("is the pricing tier final?");
  await commenter.getByRole("button", { name: "Post comment" }).click();
  const thread = commenter.getByTestId("thread");
  await expect(thread).toContainText("is the pricing tier final?");
  await expect(thread.locator(`[data-mention="${world.members.EDITOR.id}"]`)).toHaveText("@EDITOR");
  await expect(commenter.getByTestId("open-comments-overview")).toContainText("1");
  await expectAccessible(commenter);

  // The editor finds it under their mentions, follows it and resolves the thread.
  const editor = await pageFor(browser, world.members.EDITOR);
  await editor.goto(overview);
  const mention = editor.getByTestId("mention");
  await expect(mention).toContainText("is the pricing tier final?");
  await expect(mention).toContainText("Open");
  await mention.getByRole("link").click();
  await expect(editor).toHaveURL(/comments=open/);
  const editorThread = editor.getByTestId("thread");
  await expect(editorThread.locator(`[data-mention="${world.members.EDITOR.id}"]`)).toHaveText("@EDITOR");
  await editorThread.getByRole("button", { name: "Resolve" }).click();
  await expect(editor.getByTestId("thread")).toHaveCount(0);
  await expect(editor.getByTestId("open-comments-overview")).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Show resolved (1)" })).toBeVisible();
  await editor.reload();
  await expect(editor.getByTestId("mention")).toContainText("Resolved");

  // The viewer reads but cannot write; forcing the disabled form, the server itself refuses.
  const viewer = await pageFor(browser, world.members.VIEWER);
  await viewer.goto(overview);
  await viewer.getByRole("button", { name: /Comments · Overview/ }).click();
  await expect(viewer.getByTestId("cannot-comment")).toBeVisible();
  const viewerBox = viewer.getByLabel("Comment on this section");
  const post = viewer.getByRole("button", { name: "Post comment" });
  await expect(viewerBox).toBeDisabled();
  await expect(post).toBeDisabled();
  await viewerBox.evaluate((el: HTMLTextAreaElement) => (el.disabled = false));
  await viewerBox.fill("Viewers should not get this in");
  await post.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await post.click();
  await expect(viewer.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  expect(await db.comment.count({ where: { projectId: world.project.id } })).toBe(1);

  // The activity log shows who did what, filtered by person.
  await editor.goto(`${overview}/activity`);
  await editor.getByLabel("Person").selectOption({ label: "COMMENTER" });
  await editor.getByRole("button", { name: "Filter" }).click();
  await expect(editor.getByTestId("activity-line")).toHaveCount(1);
  await expect(editor.getByTestId("activity-line")).toContainText("COMMENTER commented on Overview");
  await editor.getByLabel("Person").selectOption({ label: "EDITOR" });
  await editor.getByRole("button", { name: "Filter" }).click();
  await expect(editor.getByTestId("activity-line")).toContainText("EDITOR resolved a comment on Overview");
  await expectAccessible(editor);

  for (const p of [commenter, editor, viewer]) await p.context().close();
});

test("the last owner cannot leave or be demoted from the members page", async ({ ownerPage: page, world }) => {
  await page.goto(`/teams/${world.team.id}`);
  await page.getByLabel("Role of OWNER").selectOption("EDITOR");
  await expect(page.getByTestId("form-error")).toContainText("A team always needs at least one owner");
  await page.reload();
  await expect(page.getByLabel("Role of OWNER")).toHaveValue("OWNER");
  await page.getByRole("button", { name: "Leave team" }).click();
  await page.getByRole("button", { name: "Confirm: leave team" }).click();
  await expect(page.getByTestId("form-error")).toContainText("A team always needs at least one owner");
  expect(await db.membership.count({ where: { teamId: world.team.id, role: "OWNER" } })).toBe(1);
});

test("two teammates with the same initials are told apart in the presence bar: other colours, full names on hover", async ({ world, browser }) => {
  const [li, lin] = [await createUser("Li Wei"), await createUser("Lin Wang")];
  await db.membership.createMany({ data: [li, lin].map((u) => ({ teamId: world.team.id, userId: u.id, role: "EDITOR" as const })) });
  const overview = `/projects/${world.project.id}`;
  for (const user of [li, lin]) await (await pageFor(browser, user)).goto(overview);

  const owner = await pageFor(browser, world.members.OWNER);
  await owner.goto(overview);
  const avatars = owner.getByTestId("presence").locator("[data-tone]");
  await expect(avatars).toHaveCount(2);
  await expect(avatars.nth(0)).toHaveText(/LW/);
  await expect(avatars.nth(1)).toHaveText(/LW/);
  expect(await avatars.nth(0).getAttribute("data-tone")).not.toBe(await avatars.nth(1).getAttribute("data-tone"));
  expect((await avatars.evaluateAll((els) => els.map((el) => el.getAttribute("title")))).sort()).toEqual(["Li Wei", "Lin Wang"]);
});
