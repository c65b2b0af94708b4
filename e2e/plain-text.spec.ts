// A plan holds text, never markup: whatever a founder writes — a comparison, a tag, a script — is
// stored as typed and shown as those characters on every surface: the app's pages, the investor
// summary, its PDF and the Markdown export. Nothing in it ever runs.
import type { Page } from "@playwright/test";
import { getDocumentProxy, extractText } from "unpdf";
import { db } from "../lib/db/client";
import { expect, test } from "./support/fixtures";

const NAME = "Acme <script>window.__pwned=1</script>";
const ONE_LINER = '<img src=x onerror="window.__pwned=1"> Ship when CAC < LTV/3';
const RISK = "<b>GPU</b> prices triple";

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The tags became text, not elements.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("b", { hasText: "GPU" })).toHaveCount(0);
}

test("text with tags is shown as typed on pages, in the investor summary, its PDF and the Markdown export, and never runs", async ({ ownerPage: page, browser, world }) => {
  const projectId = world.project.id;
  await db.project.update({ where: { id: projectId }, data: { name: NAME, oneLiner: ONE_LINER } });
  await db.risk.create({ data: { projectId, title: RISK, category: "computeCost", likelihood: 4, impact: 4, score: 16 } });

  await page.goto(`/projects/${projectId}/risks`);
  await expect(page.getByText(RISK).first()).toBeVisible();
  await expect(page.getByText(NAME).first()).toBeVisible();
  await expectNothingRan(page);

  const markdown = await (await page.request.get(`/projects/${projectId}/export?format=markdown`)).text();
  // Escaped, so no Markdown reader turns the words into HTML.
  expect(markdown).toContain("# Acme \\<script\\>window.\\_\\_pwned=1\\</script\\>");
  expect(markdown).toContain("\\<b\\>GPU\\</b\\> prices triple");
  expect(markdown).not.toContain("<script>");

  await page.goto(`/projects/${projectId}/sharing`);
  await page.getByLabel("Label (for you)").fill("Fund <i>A</i>");
  await page.getByRole("button", { name: "Create link" }).click();
  const url = await page.getByTestId("created-share-url").textContent();
  await expect(page.getByTestId("share-link").filter({ hasText: "Fund <i>A</i>" })).toBeVisible();
  const link = new URL(url!).pathname;

  const investor = await (await browser.newContext()).newPage();
  await investor.goto(link);
  await expect(investor.getByTestId("summary-project-name")).toHaveText(NAME);
  await expect(investor.getByTestId("investor-summary")).toContainText(ONE_LINER);
  await expectNothingRan(investor);

  const pdf = await investor.request.get(`${link}/pdf?locale=en`);
  expect(pdf.status()).toBe(200);
  const text = (await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true })).text as string;
  expect(text).toContain(NAME);
});
