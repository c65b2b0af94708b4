// Per-project access: an owner invites someone to one plan only; they see that plan read-only and
// nothing else of the team.
import { db } from "@/lib/db/client";
import { linkIn, waitForMail } from "./support/mail";
import { expect, signIn, test } from "./support/fixtures";

test("an owner invites someone to one plan only; they sign up, read that plan, cannot reach the team's other plan, and lose it when the owner removes them", async ({ ownerPage: owner, world, browser }) => {
  test.setTimeout(150_000); // a whole journey across two browsers and the mail server
  const other = await db.project.create({ data: { teamId: world.team.id, name: `Secret plan ${Date.now()}` } });
  const email = `guest.${Date.now()}@example.test`;

  await owner.goto(`/projects/${world.project.id}/settings`);
  const panel = owner.getByTestId("project-invite");
  await expect(panel).toContainText("Invite to this plan only");
  await panel.getByLabel("Email address").fill(email);
  await panel.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await panel.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(panel.getByTestId("invite-created")).toContainText(`Invitation emailed to ${email}.`);

  // The team's open invitations say this one is for the plan only.
  await owner.goto(`/teams/${world.team.id}`);
  await expect(owner.getByText(`this plan only: ${world.project.name}`)).toBeVisible();

  const mail = await waitForMail(email, new RegExp(`invited you to the plan ${world.project.name}`));
  expect(mail.text).toContain("You will see this plan only");
  const link = linkIn(mail, `${process.env.E2E_BASE_URL}/invite/`);

  // The invitee has no account yet: they create one, sign in and come back to the link.
  const guest = await (await browser.newContext({ locale: "en-US" })).newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: `Open the plan ${world.project.name}` })).toBeVisible();
  await guest.getByRole("link", { name: "Create account" }).click();
  await guest.getByLabel("Your name").fill("Gail Guest");
  await guest.getByLabel("Email").fill(email);
  await guest.getByLabel("Password").fill("a-strong-password");
  await guest.getByRole("button", { name: "Create account" }).click();
  await expect(guest.getByTestId("signup-done")).toBeVisible();
  await signIn(guest, { email }, "a-strong-password");
  await guest.goto(link);
  await guest.getByRole("button", { name: "Join as Viewer" }).click();
  await expect(guest).toHaveURL(new RegExp(`/projects/${world.project.id}$`));
  await expect(guest.getByTestId("project-title")).toHaveText(world.project.name);

  // Read-only: the plan's details cannot be changed, and no invitation panel is offered.
  await guest.goto(`/projects/${world.project.id}/settings`);
  await expect(guest.getByLabel("Project name")).toBeDisabled();
  await expect(guest.getByTestId("project-invite")).toHaveCount(0);

  // Their list shows this plan under "Shared with you", not the team or its other plan.
  await guest.goto("/projects");
  await expect(guest.getByTestId("shared-project-list")).toHaveText(world.project.name);
  await expect(guest.getByTestId("team-list")).not.toContainText(world.team.name);
  await expect(guest.getByText(other.name)).toHaveCount(0);

  // The team's other plan and the team page are simply not found.
  for (const path of [`/projects/${other.id}`, `/projects/${other.id}/settings`, `/teams/${world.team.id}`]) {
    await guest.goto(path);
    await expect(guest.getByTestId("not-found")).toBeVisible();
  }
  const guestUser = await db.user.findUniqueOrThrow({ where: { email } });
  expect(await db.membership.count({ where: { teamId: world.team.id, userId: guestUser.id } })).toBe(0);

  // The same list in Chinese.
  await guest.goto("/projects");
  await guest.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(guest.getByText("与你共享的计划")).toBeVisible();
  await guest.getByTestId("locale-switcher").selectOption("en");

  // The owner sees the guest under the plan's roles and ends their access; the plan is then gone for them.
  await owner.goto(`/projects/${world.project.id}/settings`);
  const roles = owner.getByTestId("project-roles");
  const row = roles.getByTestId(`project-member-${email}`);
  await expect(row).toContainText("Gail Guest");
  await expect(row.getByLabel("Role of Gail Guest on this plan")).toHaveValue("VIEWER");
  await row.getByRole("button", { name: "Remove Gail Guest from this plan" }).click();
  await row.getByRole("button", { name: "Yes, remove Gail Guest" }).click();
  await expect(roles.getByTestId("project-members-empty")).toBeVisible();
  await guest.goto(`/projects/${world.project.id}`);
  await expect(guest.getByTestId("not-found")).toBeVisible();
  await guest.goto("/projects");
  await expect(guest.getByTestId("shared-project-list")).toHaveCount(0);
});
