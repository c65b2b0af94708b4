// The bell: a teammate's mention shows up with a count, opens the thread, and is then read.
import { expectAccessible } from "./support/a11y";
import { expect, pageFor, test } from "./support/fixtures";

test("a mention rings the bell; following it opens the thread and marks it read, in English and Chinese", async ({ world, browser }) => {
  const commenter = await pageFor(browser, world.members.COMMENTER);
  await commenter.goto(`/projects/${world.project.id}/risks`);
  await commenter.getByRole("button", { name: /Comments · / }).first().click();
  const box = commenter.getByLabel("Comment on this section");
  await box.fill("@EDI");
  await commenter.getByTestId("mention-suggestions").getByRole("button", { name: "@EDITOR" }).click();
  await box.pressSequentially("who owns the GPU budget?");
  await commenter.getByRole("button", { name: "Post comment" }).click();
  await expect(commenter.getByTestId("thread")).toContainText("who owns the GPU budget?");
  await expect(commenter.getByTestId("notification-count")).toHaveCount(0);

  const editor = await pageFor(browser, world.members.EDITOR);
  await editor.goto("/projects");
  await expect(editor.getByTestId("notification-count")).toHaveText("1");
  await editor.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(editor).toHaveURL(/\/notifications$/);
  const item = editor.getByTestId("notification").first();
  await expect(item).toHaveAttribute("data-read", "false");
  await expect(item).toContainText(`COMMENTER mentioned you in ${world.project.name}`);
  await expect(item).toContainText("who owns the GPU budget?");
  // Its label is translated (the client button once showed a missing-message key).
  await expect(editor.getByRole("button", { name: "Mark all as read" })).toBeVisible();
  await expectAccessible(editor);

  await item.getByRole("link").click();
  await expect(editor).toHaveURL(new RegExp(`/projects/${world.project.id}/risks\\?comments=open#comment-`));
  await expect(editor.getByTestId("thread")).toContainText("who owns the GPU budget?");
  await expect(editor.getByTestId("notification-count")).toHaveCount(0);

  await editor.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(editor.locator("html")).toHaveAttribute("lang", "zh-CN");
  await editor.goto("/notifications");
  await expect(editor.getByRole("heading", { name: "通知" })).toBeVisible();
  await expect(editor.getByTestId("notification").first()).toHaveAttribute("data-read", "true");
  await expect(editor.getByTestId("notification").first()).toContainText(`COMMENTER 在「${world.project.name}」中提到了你`);
});
