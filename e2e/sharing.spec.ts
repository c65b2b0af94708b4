import { getDocumentProxy, extractText } from "unpdf";
import type { Page } from "@playwright/test";
import { db } from "../lib/db/client";
import { expect, signIn, test } from "./support/fixtures";

async function createLink(page: Page, projectId: string, options: { label: string; mode?: "LIVE" | "SNAPSHOT"; passcode?: string }) {
  await page.goto(`/projects/${projectId}/sharing`);
  await page.getByLabel("Label (for you)").fill(options.label);
  await page.getByLabel("What the link shows").selectOption(options.mode ?? "LIVE");
  if (options.passcode) await page.getByLabel("Passcode (optional)").fill(options.passcode);
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("created-share-url").textContent();
  expect(url).toMatch(/\/share\/[A-Za-z0-9_-]{32}$/);
  return new URL(url!).pathname;
}

async function pdfText(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = await getDocumentProxy(new Uint8Array(await response.body()));
  return (await extractText(pdf, { mergePages: true })).text as string;
}

test("an investor opens a live and a frozen link without an account; revoking ends access", async ({ page, browser, world }) => {
  await signIn(page, world.members.OWNER);
  const live = await createLink(page, world.project.id, { label: "Fund A live" });
  const frozen = await createLink(page, world.project.id, { label: "Fund B frozen", mode: "SNAPSHOT" });

  // The founders change the plan after the snapshot was taken.
  await page.goto(`/projects/${world.project.id}/settings`);
  await page.getByLabel("One-liner").fill("Now selling to hospitals.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();

  const investor = await (await browser.newContext()).newPage();
  await investor.goto(live);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  await expect(investor.getByTestId("investor-summary")).toContainText("Now selling to hospitals.");
  await expect(investor.getByRole("button", { name: /save/i })).toHaveCount(0);
  // Everything is readable without a click: the overview first, then each section, open.
  await expect(investor.getByTestId("summary-overview")).toContainText("At a glance");
  await expect(investor.getByTestId("summary-section-risks")).toBeVisible();
  // Reading is counted by what stays on screen, not by clicks.
  await investor.getByTestId("summary-section-risks").scrollIntoViewIfNeeded();
  const risksRead = async () => ((await db.shareLink.findFirstOrThrow({ where: { projectId: world.project.id, label: "Fund A live" } })).sectionOpens as Record<string, number>).risks ?? 0;
  await expect.poll(risksRead).toBe(1);

  await investor.goto(frozen);
  await expect(investor.getByTestId("investor-summary")).toContainText(world.project.oneLiner ?? "A test plan");
  await expect(investor.getByTestId("investor-summary")).not.toContainText("Now selling to hospitals.");

  // Nothing else of the project is reachable without an account.
  for (const path of [`/projects/${world.project.id}`, `/projects/${world.project.id}/sharing`, `/projects/${world.project.id}/team`]) {
    await investor.goto(path);
    await expect(investor).toHaveURL(/\/signin/);
  }
  expect((await investor.request.get(`/projects/${world.project.id}/sharing/pdf`)).status()).toBe(404);

  // The founders see the views and the opened section.
  await page.goto(`/projects/${world.project.id}/sharing`);
  const liveRow = page.getByTestId("share-link").filter({ hasText: "Fund A live" });
  await expect(liveRow.getByTestId("share-link-views")).toContainText("1 view");
  await expect(liveRow.getByTestId("share-link-sections")).toContainText("Top risks (1)");

  page.once("dialog", (dialog) => dialog.accept());
  await liveRow.getByRole("button", { name: "Revoke" }).click();
  await expect(liveRow).toHaveAttribute("data-state", "revoked");
  const response = await investor.goto(live);
  expect(response?.status()).toBe(404);
});

test("wrong and malformed tokens get the same not-found; a wrong passcode says so and never locks the investor out", async ({ page, browser, world }) => {
  await signIn(page, world.members.OWNER);
  const protectedLink = await createLink(page, world.project.id, { label: "With passcode", passcode: "open-sesame" });
  const investor = await (await browser.newContext()).newPage();

  const notFoundText = async (path: string) => {
    const response = await investor.goto(path);
    expect(response?.status()).toBe(404);
    return investor.getByTestId("not-found").textContent();
  };
  const unknown = await notFoundText(`/share/${"A".repeat(32)}`);
  expect(await notFoundText("/share/short")).toBe(unknown);
  expect(await notFoundText(`/share/${"A".repeat(32)}?passcode=wrong`)).toBe(unknown);

  await investor.goto(protectedLink);
  await investor.getByLabel("Passcode").fill("wrong-code");
  await investor.getByRole("button", { name: "Open summary" }).click();
  await expect(investor.getByTestId("passcode-error")).toHaveText("Wrong passcode, try again.");
  await expect(investor.getByLabel("Passcode")).toBeVisible();

  // Guessing from this machine with a new forged X-Forwarded-For each time: the server counts the
  // socket address (no trusted proxy configured), so the guesser is slowed down, not renewed.
  for (let i = 0; i < 8; i++) {
    await fetch(`${process.env.E2E_BASE_URL}${protectedLink}/unlock`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.51.100.${i}` },
      body: new URLSearchParams({ passcode: `guess-${i}` }),
    });
  }
  await investor.getByLabel("Passcode").fill("open-sesame");
  await investor.getByRole("button", { name: "Open summary" }).click();
  await expect(investor.getByTestId("passcode-error")).toContainText("Too many wrong passcodes from your connection");
  // The wait passes (moved into the past here); then the right passcode opens the summary.
  await db.rateLimitBucket.updateMany({ where: { key: { startsWith: "share:link-client:" } }, data: { blockedUntil: new Date(Date.now() - 1000) } });

  await investor.getByLabel("Passcode").fill("open-sesame");
  await investor.getByRole("button", { name: "Open summary" }).click();
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);

  // The owner is told about the repeated failures.
  await page.goto(`/projects/${world.project.id}/sharing`);
  await expect(page.getByTestId("share-link-passcode-failures")).toContainText("wrong passcode attempts in the past week");
});

test("a frozen link whose snapshot was deleted is not found (never the live plan)", async ({ page, browser, world }) => {
  await signIn(page, world.members.OWNER);
  const frozen = await createLink(page, world.project.id, { label: "Frozen", mode: "SNAPSHOT" });
  const investor = await (await browser.newContext()).newPage();
  await investor.goto(frozen);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);
  await db.planSnapshot.deleteMany({ where: { projectId: world.project.id, kind: "SHARE_LINK" } });
  expect((await investor.goto(frozen))?.status()).toBe(404);
  expect((await investor.request.get(`${frozen}/pdf`)).status()).toBe(404);
});

test("the summary PDF downloads with the project name and readiness score in English and in Chinese", async ({ page, world }) => {
  // A plan with its core technical roles covered, scored once by opening the readiness page.
  await db.teamMember.create({ data: { projectId: world.project.id, name: "Core engineer", roles: ["deepLearningEngineer", "dataScientist"], monthlyCost: 9000 } });
  await signIn(page, world.members.OWNER);
  await page.goto(`/projects/${world.project.id}/readiness`);
  const total = await page.getByTestId("readiness-total").getAttribute("data-total");
  expect(Number(total)).toBeGreaterThan(0);

  const link = await createLink(page, world.project.id, { label: "PDF" });
  await page.goto(link);
  await expect(page.getByTestId("summary-readiness")).toContainText(`${total} / 100`);
  await expect(page.getByTestId("overview-readiness")).toContainText(`${total} / 100`);

  const english = await pdfText(page, `${link}/pdf?locale=en`);
  expect(english).toContain(world.project.name);
  expect(english).toContain("Investor summary");
  expect(english).toContain(`${total} / 100`);
  const chinese = await pdfText(page, `${link}/pdf?locale=zh-CN`);
  expect(chinese).toContain(world.project.name);
  expect(chinese).toContain("投资人摘要");
  expect(chinese).toContain("就绪度");
  expect(chinese).toContain(`${total} / 100`);
});

test("the team's own look at a link is not counted; a link can be copied again later, renamed and given a new expiry, and an expired one comes back", async ({ page, browser, world }) => {
  await signIn(page, world.members.OWNER);
  const path = await createLink(page, world.project.id, { label: "Fund C" });
  // The founder checks what investors will see: that is not an investor's view.
  await page.goto(path);
  await expect(page.getByTestId("summary-project-name")).toHaveText(world.project.name);
  await page.goto(`/projects/${world.project.id}/sharing`);
  const row = page.getByTestId("share-link").filter({ hasText: "Fund C" });
  await expect(row.getByTestId("share-link-views")).toContainText("No views yet");
  await expect(row.getByTestId("share-link-url")).toHaveText(`${process.env.E2E_BASE_URL}${path}`);
  await expect(row.getByRole("button", { name: "Copy link" })).toBeVisible();

  await row.getByRole("button", { name: "Rename or change expiry" }).click();
  await row.getByLabel("Label (for you)").fill("Fund C partners");
  await row.getByLabel("Expires on (optional)").fill("2020-01-31");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Choose a date in the future.")).toBeVisible();
  await row.getByLabel("Expires on (optional)").fill("2030-01-31");
  await row.getByRole("button", { name: "Save" }).click();
  const renamed = page.getByTestId("share-link").filter({ hasText: "Fund C partners" });
  await expect(renamed).toContainText("Expires Jan 31, 2030");
  await expect(renamed.getByTestId("share-link-url")).toHaveText(`${process.env.E2E_BASE_URL}${path}`);

  // Expired since: the investor is turned away until the owner gives it a later date.
  await db.shareLink.updateMany({ where: { projectId: world.project.id, label: "Fund C partners" }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  const investor = await (await browser.newContext()).newPage();
  expect((await investor.goto(path))?.status()).toBe(404);
  await page.reload();
  await expect(renamed).toHaveAttribute("data-state", "expired");
  await renamed.getByRole("button", { name: "Rename or change expiry" }).click();
  await renamed.getByLabel("Expires on (optional)").fill("2031-06-30");
  await renamed.getByRole("button", { name: "Save" }).click();
  await expect(renamed).toHaveAttribute("data-state", "active");
  await investor.goto(path);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(world.project.name);

  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(renamed.getByRole("button", { name: "复制链接" })).toBeVisible();
});

test("the summary and its PDF open with one page of headline figures, in English and in Chinese", async ({ page, browser, world }) => {
  const projectId = world.project.id;
  await db.teamMember.createMany({ data: [{ projectId, name: "Ana" }, { projectId, name: "Lin" }] });
  await db.fundingPlan.create({ data: { projectId, needAmount: 500_000 } });
  await db.risk.create({ data: { projectId, title: "GPU prices triple", category: "computeCost", likelihood: 5, impact: 4, score: 20 } });
  await signIn(page, world.members.OWNER);
  const link = await createLink(page, projectId, { label: "Glance" });

  const investor = await (await browser.newContext()).newPage();
  await investor.goto(link);
  const overview = investor.getByTestId("summary-overview");
  await expect(overview.getByTestId("overview-team")).toHaveText("2 people: Ana, Lin");
  await expect(overview.getByTestId("overview-raise")).toHaveText("$500,000.00");
  await expect(overview.getByTestId("overview-risks")).toHaveText("GPU prices triple");
  await expect(overview.getByTestId("overview-runway")).not.toBeEmpty();
  // The PDF opens with the same figures before any detail.
  const english = await pdfText(investor, `${link}/pdf?locale=en`);
  expect(english.indexOf("At a glance")).toBeGreaterThan(-1);
  expect(english.indexOf("At a glance")).toBeLessThan(english.indexOf("Business model"));
  expect(english).toContain("2 people: Ana, Lin");
  expect(english).toContain("$500,000.00");
  const chinese = await pdfText(investor, `${link}/pdf?locale=zh-CN`);
  expect(chinese).toContain("概览");
  expect(chinese).toContain("2 人：Ana, Lin");

  await investor.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(investor.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(investor.getByTestId("summary-overview")).toContainText("概览");
  await expect(investor.getByTestId("overview-team")).toHaveText("2 人：Ana, Lin");
});
