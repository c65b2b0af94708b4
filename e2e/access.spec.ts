// What people are told when their role or membership says no: plainly, once, with nothing lost.
import { db } from "@/lib/db/client";
import { expect, signIn, test } from "./support/fixtures";

test("a member removed while editing is told they no longer have access, keeps their text and gets no useless retry", async ({ page, world }) => {
  const editor = world.members.EDITOR;
  await signIn(page, editor);
  await page.goto(`/projects/${world.project.id}/team?step=strategy`);
  const backupPlan = page.getByLabel("Backup plan", { exact: true });
  await backupPlan.fill("First thoughts");
  await expect(page.getByTestId("save-status").first()).toHaveAttribute("data-status", "saved");
  // Let the first visit settle (the browser's time zone is reported and the page refreshed once), so the
  // removal below lands while the editor is typing, not before a refresh that would show "no access".
  await page.waitForLoadState("networkidle");

  // The owner removes the editor from the team meanwhile.
  await db.membership.delete({ where: { teamId_userId: { teamId: world.team.id, userId: editor.id } } });

  await backupPlan.fill("Typed after being removed");
  const status = page.getByTestId("save-status").first();
  await expect(status).toHaveAttribute("data-status", "forbidden");
  await expect(status).toContainText("You no longer have access to this plan");
  await expect(status.getByRole("button", { name: "Retry" })).toHaveCount(0);
  await expect(backupPlan).toHaveValue("Typed after being removed");
  expect((await db.teamStrategy.findUniqueOrThrow({ where: { projectId: world.project.id } })).backupPlan).toBe("First thoughts");
});

test("an editor and a viewer on Sharing are told only owners can share, in both languages", async ({ page, world }) => {
  for (const role of ["EDITOR", "VIEWER"] as const) {
    await page.context().clearCookies();
    await signIn(page, world.members[role]);
    await page.goto(`/projects/${world.project.id}/sharing`);
    await expect(page.getByTestId("share-owners-only")).toHaveText("Only the plan's owners can create or revoke share links. You can preview the summary investors see and download it as a PDF.");
    await expect(page.getByRole("button", { name: "Create link" })).toHaveCount(0);
  }
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.getByTestId("share-owners-only")).toHaveText("只有计划的所有者可以创建或撤销分享链接。你可以预览投资人看到的摘要，并下载 PDF。");
  await page.getByTestId("locale-switcher").selectOption("en");
});
