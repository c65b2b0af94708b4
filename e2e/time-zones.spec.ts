// Dates where people are: a plan's date-only values end at midnight in the plan's time zone, and
// instants are shown in the reader's zone (signed in or not).
import type { Browser, Page } from "@playwright/test";
import { db } from "@/lib/db/client";
import { expect, signIn, test } from "./support/fixtures";

const dayIn = (timeZone: string, locale = "en-CA", options: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" }) =>
  new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(new Date());

async function browserZoneReported(page: Page, zone: string) {
  await expect.poll(async () => decodeURIComponent((await page.context().cookies()).find((c) => c.name === "launchpad-tz")?.value ?? ""), { timeout: 15_000 }).toBe(zone);
}

async function investorIn(browser: Browser, timezoneId: string) {
  return (await browser.newContext({ timezoneId, locale: "en-US" })).newPage();
}

test.use({ timezoneId: "Asia/Shanghai" });

test("a founder in Shanghai gets a plan in their zone, and a link set to expire today ends at midnight there", async ({ page, world, browser }) => {
  await signIn(page, world.members.OWNER);
  await browserZoneReported(page, "Asia/Shanghai");
  // The browser's zone became the user's.
  await expect.poll(async () => (await db.user.findUniqueOrThrow({ where: { id: world.members.OWNER.id } })).timeZone).toBe("Asia/Shanghai");

  await page.goto("/projects");
  await page.getByLabel("New project").first().fill("Zone test plan");
  await page.getByRole("button", { name: "Create project" }).first().click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  const projectId = page.url().split("/").pop()!;
  await page.goto(`/projects/${projectId}/settings`);
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Shanghai");

  const today = dayIn("Asia/Shanghai");
  await page.goto(`/projects/${projectId}/sharing`);
  await page.getByLabel("Label (for you)").fill("Fund in Beijing");
  await page.getByLabel("Expires on (optional)").fill(today);
  await page.getByRole("button", { name: "Create link" }).click();
  const url = new URL((await page.getByTestId("created-share-url").textContent())!).pathname;

  // The end of today in Shanghai (UTC+8) is 15:59:59.999 UTC, not 23:59:59 UTC (07:59 the next morning there).
  const link = await db.shareLink.findFirstOrThrow({ where: { projectId, label: "Fund in Beijing" } });
  expect(link.expiresAt?.toISOString()).toBe(`${today}T15:59:59.999Z`);
  await page.reload();
  await expect(page.getByTestId("share-link").filter({ hasText: "Fund in Beijing" })).toContainText("11:59 PM");

  // Each investor reads "Prepared <date>" in their own zone, without an account.
  for (const zone of ["Asia/Shanghai", "America/Los_Angeles"]) {
    const investor = await investorIn(browser, zone);
    await investor.goto(url);
    await expect(investor.getByTestId("summary-project-name")).toHaveText("Zone test plan");
    await browserZoneReported(investor, zone);
    await expect(investor.getByTestId("investor-summary")).toContainText(`Prepared ${dayIn(zone, "en-US", { dateStyle: "medium" })}`);
    await investor.context().close();
  }
});

test("the plan's time zone can be changed, and the choice is kept in both languages", async ({ ownerPage: page, world }) => {
  await page.goto(`/projects/${world.project.id}/settings`);
  await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  expect((await db.project.findUniqueOrThrow({ where: { id: world.project.id } })).timeZone).toBe("America/New_York");

  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.getByLabel("时区")).toHaveValue("America/New_York");
  await expect(page.getByText("本计划中的日期（链接到期、复核日期、截止日期）按此时区的当天 24 点结束")).toBeVisible();
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByLabel("Time zone")).toBeVisible();
});
