// Mail for real: the e2e app sends through a local SMTP server (scripts/e2e-server.ts), and these
// journeys read what arrived and follow its links as the recipients would.
import { db } from "../lib/db/client";
import { linkIn, waitForMail } from "./support/mail";
import { createUser, expect, pageFor, test } from "./support/fixtures";

test("an invitation sent by email arrives, its link lets the invitee join, and the outbox shows it sent", async ({ ownerPage: owner, world, browser }) => {
  const invitee = await createUser("Mei Invitee");
  await owner.goto(`/teams/${world.team.id}`);
  await owner.getByRole("radio", { name: "By email" }).click();
  await owner.getByLabel("Email address").fill(invitee.email);
  await owner.getByLabel("Role", { exact: true }).selectOption("COMMENTER");
  await owner.getByRole("button", { name: "Invite", exact: true }).click();
  await expect(owner.getByTestId("invite-created")).toContainText(`Invitation emailed to ${invitee.email}.`);

  const mail = await waitForMail(invitee.email, new RegExp(`invited you to ${world.team.name}`));
  const link = linkIn(mail, `${process.env.E2E_BASE_URL}/invite/`);
  expect(link).toBe(await owner.getByTestId("invite-link").inputValue());

  const guest = await pageFor(browser, invitee);
  await guest.goto(link);
  await guest.getByRole("button", { name: "Join as Commenter" }).click();
  await expect(guest.getByTestId("joined-banner")).toContainText("as Commenter");
  expect(await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: world.team.id, userId: invitee.id } } })).toMatchObject({ role: "COMMENTER" });

  await owner.goto("/outbox");
  const sent = owner.getByTestId("outbox-message").filter({ hasText: invitee.email });
  await expect(sent).toHaveAttribute("data-status", "sent");
  await expect(sent).toContainText("Sent");
});

test("a member @mentioned in a comment gets an email that opens the thread; the outbox reads in Chinese too", async ({ world, browser }) => {
  const commenter = await pageFor(browser, world.members.COMMENTER);
  await commenter.goto(`/projects/${world.project.id}`);
  await commenter.getByRole("button", { name: /Comments · Overview/ }).click();
  const box = commenter.getByLabel("Comment on this section");
  await box.fill("@EDI");
  await commenter.getByTestId("mention-suggestions").getByRole("button", { name: "@EDITOR" }).click();
  await box.pressSequentially("can we ship when CAC < LTV/3?");
  await commenter.getByRole("button", { name: "Post comment" }).click();
  await expect(commenter.getByTestId("thread")).toContainText("can we ship when CAC < LTV/3?");

  const mail = await waitForMail(world.members.EDITOR.email, /mentioned you in/);
  expect(mail.text).toContain("@EDITOR can we ship when CAC < LTV/3?");
  const link = linkIn(mail, `${process.env.E2E_BASE_URL}/projects/${world.project.id}`);

  const editor = await pageFor(browser, world.members.EDITOR);
  await editor.goto(link);
  await expect(editor.getByTestId("thread")).toContainText("can we ship when CAC < LTV/3?");

  // The sender's outbox, in Chinese.
  await commenter.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(commenter.locator("html")).toHaveAttribute("lang", "zh-CN");
  await commenter.goto("/outbox");
  await expect(commenter.getByRole("heading", { name: "发件箱" })).toBeVisible();
  const sent = commenter.getByTestId("outbox-message").filter({ hasText: world.members.EDITOR.email });
  await expect(sent).toContainText("提及");
  await expect(sent).toContainText("已发送");
});

test("the first time an investor opens a share link, its creator is emailed; later views are not mailed", async ({ ownerPage: owner, world, browser }) => {
  await owner.goto(`/projects/${world.project.id}/sharing`);
  await owner.getByLabel("Label (for you)").fill("Fund Z");
  await owner.getByRole("button", { name: "Create link" }).click();
  const url = await owner.getByTestId("created-share-url").textContent();

  const investor = await (await browser.newContext()).newPage();
  await investor.goto(url!);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  const mail = await waitForMail(world.members.OWNER.email, /share link for .* was opened/);
  expect(mail.text).toContain(`Someone opened your share link "Fund Z" for "${world.project.name}" for the first time`);
  expect(linkIn(mail, process.env.E2E_BASE_URL!)).toBe(`${process.env.E2E_BASE_URL}/projects/${world.project.id}/sharing`);

  await investor.reload();
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  await expect.poll(() => db.outboxMessage.count({ where: { senderId: world.members.OWNER.id, kind: "linkViewed" } })).toBe(1);
});
