// Email-gated share links: the reader confirms an address with a code mailed through the local SMTP
// server, and the owners see that reader's views, time per section and PDF downloads, and are told
// of their first view.
import { db } from "../lib/db/client";
import { waitForMail } from "./support/mail";
import { expect, test } from "./support/fixtures";

test("a reader verifies their email by a mailed code; the owner sees their views, reading time and PDF download, and is told of the first view", async ({ ownerPage: owner, world, browser }) => {
  test.setTimeout(150_000); // a whole journey across two browsers and the mail server
  const reader = `reader.${Date.now()}@fund.example`;
  await owner.goto(`/projects/${world.project.id}/sharing`);
  await owner.getByLabel("Label (for you)").fill("Fund V");
  await owner.getByLabel("Ask for the viewer’s email").check();
  await owner.getByRole("button", { name: "Create link" }).click();
  const url = new URL((await owner.getByTestId("created-share-url").textContent())!).pathname;
  const row = owner.getByTestId("share-link").filter({ hasText: "Fund V" });
  await expect(row).toContainText("Email required");

  // Without a verified email the summary is not shown.
  const investor = await (await browser.newContext({ locale: "en-US" })).newPage();
  await investor.goto(url);
  await expect(investor.getByTestId("viewer-gate")).toContainText("Confirm your email to read this plan");
  await expect(investor.getByTestId("investor-summary")).toHaveCount(0);
  await investor.getByLabel("Your email").fill(reader);
  await investor.getByRole("button", { name: "Send code" }).click();
  await expect(investor.getByTestId("viewer-gate")).toContainText("We sent a 6-digit code");
  // The page never shows the code; only the mail has it.
  const mail = await waitForMail(reader, new RegExp(`Your code to read ${world.project.name}`));
  const code = /\b(\d{6})\b/.exec(mail.text ?? "")![1];
  expect(await investor.getByTestId("viewer-gate").textContent()).not.toContain(code);
  expect(investor.url()).not.toContain(code);
  const stored = await db.shareEmailCode.findFirstOrThrow({ where: { email: reader } });
  expect(stored.codeHash).not.toContain(code);

  const wrong = code === "000000" ? "111111" : "000000";
  await investor.getByLabel("Code from the email").fill(wrong);
  await investor.getByRole("button", { name: "Open the plan" }).click();
  await expect(investor.getByTestId("viewer-error")).toHaveText("That code is not right. Check the latest email and try again.");
  await investor.getByLabel("Code from the email").fill(code);
  await investor.getByRole("button", { name: "Open the plan" }).click();
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  const cookie = (await investor.context().cookies()).find((c) => c.name.startsWith("lp_viewer_"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: url });

  // Reading: the risks stay on screen a few seconds, then the reader downloads the PDF and leaves.
  await investor.getByTestId("summary-section-risks").scrollIntoViewIfNeeded();
  await investor.waitForTimeout(3500);
  const pdf = await investor.request.get(`${url}/pdf?locale=en`);
  expect(pdf.status()).toBe(200);
  await investor.goto("about:blank"); // hiding the page sends the reading time

  // The owner's table: this reader, one view, seconds on the risks, one download.
  const viewer = row.getByTestId("share-viewer").filter({ hasText: reader });
  await expect(async () => {
    await owner.reload();
    await expect(viewer).toBeVisible();
    await expect(viewer.getByTestId("share-viewer-sections")).toContainText(/Top risks \d+ s/);
  }).toPass({ timeout: 20_000 });
  await expect(viewer.getByTestId("share-viewer-views")).toHaveText("1");
  await expect(viewer.getByTestId("share-viewer-pdf")).toHaveText("1");
  const seconds = ((await db.shareViewer.findFirstOrThrow({ where: { email: reader } })).sectionSeconds as Record<string, number>).risks;
  expect(seconds).toBeGreaterThanOrEqual(2);

  // First view by a new reader: a notification and a mail naming them.
  await owner.goto("/notifications");
  await expect(owner.getByTestId("notification").first()).toContainText(`${reader} opened your share link “Fund V” for ${world.project.name} for the first time`);
  const notice = await waitForMail(world.members.OWNER.email, new RegExp(`${reader.replace(/\./g, "\\.")} opened your share link`));
  expect(notice.text).toContain(`${reader} verified their email and opened your share link "Fund V"`);

  // Coming back later is another view of the same reader, with no new code and no new notification.
  await investor.goto(url);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  await expect(async () => {
    expect((await db.shareViewer.findFirstOrThrow({ where: { email: reader } })).views).toBe(2);
  }).toPass({ timeout: 10_000 });
  expect(await db.notification.count({ where: { userId: world.members.OWNER.id, kind: "viewerFirstView" } })).toBe(1);

  // The same table in Chinese.
  await owner.goto(`/projects/${world.project.id}/sharing`);
  await owner.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(owner.getByTestId("share-viewers").first()).toContainText("各部分阅读时长");
  await expect(owner.getByTestId("share-link").filter({ hasText: "Fund V" })).toContainText("需验证邮箱");
  await owner.getByTestId("locale-switcher").selectOption("en");
});

test("a link without the email gate opens as before, and the gate's pages read in Chinese", async ({ ownerPage: owner, world, browser }) => {
  await owner.goto(`/projects/${world.project.id}/sharing`);
  await owner.getByLabel("Label (for you)").fill("Open link");
  await owner.getByRole("button", { name: "Create link" }).click();
  const open = new URL((await owner.getByTestId("created-share-url").textContent())!).pathname;
  await owner.getByLabel("Label (for you)").fill("Gated link");
  await owner.getByLabel("Ask for the viewer’s email").check();
  await owner.getByRole("button", { name: "Create link" }).click();
  await expect(owner.getByTestId("created-share-url")).not.toHaveText(new RegExp(`${open}$`));
  const gated = new URL((await owner.getByTestId("created-share-url").textContent())!).pathname;

  const investor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await investor.goto(open);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  await investor.goto(gated);
  await investor.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(investor.getByTestId("viewer-gate")).toContainText("确认邮箱后即可阅读此计划");
  await investor.getByLabel("你的邮箱").fill("not-an-email");
  // The browser's own check would stop this; submit the form as a plain POST to see the server's answer.
  await investor.getByTestId("viewer-gate").locator("form").evaluate((form: HTMLFormElement) => {
    form.noValidate = true;
    form.submit();
  });
  await expect(investor.getByTestId("viewer-error")).toHaveText("请输入有效的邮箱地址。");
  expect(await db.shareEmailCode.count({ where: { email: "not-an-email" } })).toBe(0);
});
