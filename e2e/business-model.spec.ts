import type { Locator, Page } from "@playwright/test";
// Test data is set up directly in the e2e database, like the fixtures do.
import { db } from "@/lib/db/client";
import { formatMonth } from "@/lib/i18n/format";
import { CANVAS_BLOCKS } from "@/lib/plan/facts";
import { addMonths, monthOf } from "@/lib/team/cost";
import { expectAccessible } from "./support/a11y";
import { expect, signIn, test } from "./support/fixtures";

const BLOCK_TITLES: Record<(typeof CANVAS_BLOCKS)[number], string> = {
  customerSegments: "Customer segments",
  valuePropositions: "Value propositions",
  channels: "Channels",
  customerRelationships: "Customer relationships",
  revenueStreams: "Revenue streams",
  keyResources: "Key resources",
  keyActivities: "Key activities",
  keyPartnerships: "Key partnerships",
  costStructure: "Cost structure",
};

/** The calendar month `n` months from now, as the runway names it. */
const monthAhead = (n: number) => formatMonth(addMonths(monthOf(new Date()), n), "en");

async function saved(scope: Locator | Page) {
  await expect(scope.getByTestId("save-status").first()).toHaveAttribute("data-status", "saved");
}

async function addNote(page: Page, block: keyof typeof BLOCK_TITLES, text: string, expectedCount: number) {
  const panel = page.getByTestId(`canvas-block-${block}`);
  await panel.getByLabel(`New note for ${BLOCK_TITLES[block]}`).fill(text);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByTestId("canvas-note")).toHaveCount(expectedCount);
}

test("a founder fills the canvas, two revenue models and the unit economics, and sees hand-computed margin, LTV/CAC and runway", async ({ ownerPage: page, world }) => {
  test.setTimeout(240_000);
  const base = `/projects/${world.project.id}/business-model`;
  await page.goto(`${base}?step=canvas`);
  await expect(page.getByTestId("canvas-credit")).toContainText("Business Model Canvas by Strategyzer, CC BY-SA 3.0");

  for (const block of CANVAS_BLOCKS) await addNote(page, block, `${BLOCK_TITLES[block]}: first note`, 1);
  await expect(page.getByRole("link", { name: /Canvas \(Complete\)/ })).toBeVisible();

  // Reorder by keyboard: the second note moves above the first.
  await addNote(page, "customerSegments", "Mid-size law firms", 2);
  const segments = page.getByTestId("canvas-block-customerSegments");
  await segments.getByRole("button", { name: "Move note up" }).nth(1).focus();
  await page.keyboard.press("Enter");
  await expect(segments.getByTestId("canvas-note").first().getByRole("textbox")).toHaveValue("Mid-size law firms");
  // Edit a note in place (autosave).
  const channelNote = page.getByTestId("canvas-block-channels").getByTestId("canvas-note").first();
  await channelNote.getByRole("textbox").fill("Direct sales to practice managers");
  await saved(channelNote);

  // Two revenue models, each with its own parameters: 100 seats sold today (expected already reached).
  await page.goto(`${base}?step=revenue`);
  const subscription = page.getByTestId("revenue-model-subscription");
  await subscription.getByRole("button", { name: "Choose Subscription" }).click();
  await subscription.getByLabel("Price per unit (USD)").fill("100");
  await subscription.getByLabel("Unit", { exact: true }).fill("seat-month");
  await subscription.getByLabel("Units sold this month").fill("100");
  await subscription.getByLabel("Expected units per month").fill("100");
  await subscription.getByLabel("Months to reach the expected volume").fill("0");
  await subscription.getByLabel("Monthly churn (%)").fill("5");
  await saved(subscription);
  await expect(subscription.getByTestId("line-revenue")).toHaveText("$10,000.00");
  const custom = page.getByTestId("revenue-model-customDevelopment");
  await custom.getByRole("button", { name: "Choose Custom development" }).click();
  await custom.getByLabel("Price per unit (USD)").fill("5000");
  await custom.getByLabel("Unit", { exact: true }).fill("project");
  await custom.getByLabel("Units sold this month").fill("1");
  await saved(custom);
  await expect(page.getByTestId("revenue-model-dataServices").getByTestId("privacy-warning")).toBeVisible();

  // Unit economics of the subscription: 2M input tokens × $5/1M = $10 + $5 hosting = $15 to serve a
  // $100 seat → 85 % margin; LTV = 85 / 5 % = 1,700; CAC 425 → LTV/CAC 4, payback 5 months.
  await page.goto(`${base}?step=economics`);
  await page.getByLabel("Inference goes through a third-party model provider's API").check();
  await page.getByLabel("Economics of").selectOption("subscription");
  await page.getByLabel("Input tokens per unit (not cached)").fill("2000000");
  await page.getByLabel("Price per 1M input tokens (USD)").fill("5");
  await page.getByLabel("Hosting and other costs per unit (USD)").fill("5");
  await page.getByLabel("Customer acquisition cost, CAC (USD)").fill("425");
  await expect(page.getByTestId("result-grossMarginPct")).toHaveText("85%");
  await expect(page.getByTestId("result-ltv")).toHaveText("$1,700.00");
  await expect(page.getByTestId("result-ltvToCac")).toHaveText("4×");
  await expect(page.getByTestId("result-paybackMonths")).toHaveText("5 months");
  await expect(page.getByTestId("save-status").last()).toHaveAttribute("data-status", "saved");
  await expect(page.getByTestId("server-computed")).toContainText("85%");
  await expect(page.getByTestId("server-computed")).toContainText("4×");
  // Invalid input is refused with a translated message and the results say what is missing.
  await page.getByLabel("Customer acquisition cost, CAC (USD)").fill("-3");
  await expect(page.getByText("At least 0.")).toBeVisible();
  await expect(page.getByTestId("result-ltvToCac")).toHaveText("Needs more input");
  await page.getByLabel("Customer acquisition cost, CAC (USD)").fill("425");
  await expect(page.getByTestId("save-status").last()).toHaveAttribute("data-status", "saved");

  // The team section's cost reaches the burn without retyping.
  await page.goto(`/projects/${world.project.id}/team?step=members`);
  await page.getByLabel("New member's name").fill("Ada");
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByLabel("Monthly cost (USD)").fill("20000");
  await saved(page);

  // This month: 20,000 team + 5,000 other + 100 × 15 serving + 5 % of 100 customers replaced × 425
  // = 2,125 → 28,625; revenue 15,000 → net burn 13,625; 230,000 / 13,625 = 16.9 → cash runs out in
  // month 17: 16 months.
  await page.goto(`${base}?step=burn`);
  await expect(page.getByTestId("cost-team-value")).toHaveText("$20,000.00");
  await expect(page.getByTestId("cost-team")).toContainText("From the team section");
  await page.getByLabel("Cash on hand (USD)").fill("230000");
  await page.getByLabel("Other monthly costs (USD)").fill("5000");
  await saved(page);
  await expect(page.getByTestId("cost-serving-value")).toHaveText("$1,500.00");
  await expect(page.getByTestId("cost-acquisition-value")).toHaveText("$2,125.00");
  await expect(page.getByTestId("cost-total")).toHaveText("$28,625.00");
  await expect(page.getByTestId("net-burn")).toHaveText("$13,625.00");
  const runway = `16 months · cash runs out in ${monthAhead(16)}`;
  await expect(page.getByTestId("runway")).toHaveText(runway);

  // Price shock +300 %: inference $40 → $45 to serve → 55 % margin; serving 4,500 → burn 16,625 →
  // 230,000 / 16,625 = 13.8 → 13 months.
  const slider = page.getByLabel("Upstream inference price change");
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByTestId("shock-value")).toHaveText("+300%");
  await expect(page.getByTestId("shock-margin")).toHaveText("55%");
  await expect(page.getByTestId("shock-runway")).toHaveText(`13 months · cash runs out in ${monthAhead(13)}`);

  // Reload keeps everything.
  await page.reload();
  await expect(page.getByTestId("runway")).toHaveText(runway);
  await expect(page.getByLabel("Cash on hand (USD)")).toHaveValue("230,000.00");
  await page.goto(`${base}?step=economics`);
  await expect(page.getByLabel("Input tokens per unit (not cached)")).toHaveValue("2000000");
  await expect(page.getByTestId("result-ltvToCac")).toHaveText("4×");
  await page.goto(`${base}?step=revenue`);
  await expect(page.getByTestId("revenue-summary")).toContainText("2 models chosen");
  await expect(page.getByTestId("revenue-summary")).toContainText("$15,000.00");
  await page.goto(`${base}?step=canvas`);
  await expect(page.getByTestId("canvas-note")).toHaveCount(10);
  await expect(page.getByTestId("canvas-block-customerSegments").getByTestId("canvas-note").first().getByRole("textbox")).toHaveValue("Mid-size law firms");
  await expect(page.getByTestId("canvas-block-channels").getByRole("textbox").first()).toHaveValue("Direct sales to practice managers");
});

test("a viewer sees the business model read-only, and it fits a phone", async ({ page, world }) => {
  await db.canvasNote.create({ data: { projectId: world.project.id, block: "channels", text: "Partner resellers", position: 0, sourceCaseId: "case-1" } });
  await db.revenueModelChoice.create({ data: { projectId: world.project.id, model: "subscription", price: 50, unit: "seat", monthlyVolume: 10 } });
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, world.members.VIEWER);
  await page.goto(`/projects/${world.project.id}/business-model?step=canvas`);
  const note = page.getByTestId("canvas-block-channels").getByTestId("canvas-note");
  await expect(note.getByRole("textbox")).toHaveValue("Partner resellers");
  await expect(note.getByRole("textbox")).toBeDisabled();
  await expect(note.getByTestId("note-from-case")).toHaveAttribute("href", `/projects/${world.project.id}/cases/case-1`);
  await expect(page.getByTestId("canvas-block-channels").getByRole("button", { name: "Add note" })).toBeDisabled();
  await note.getByRole("button", { name: "Comments on this note" }).click();
  await expect(note.getByTestId("comment-thread")).toBeVisible();
  await expect(note.getByTestId("cannot-comment")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.goto(`/projects/${world.project.id}/business-model?step=revenue`);
  await expect(page.getByTestId("revenue-model-subscription").getByLabel("Price per unit (USD)")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Choose Usage-based API" })).toBeDisabled();
  await page.goto(`/projects/${world.project.id}/business-model?step=burn`);
  await expect(page.getByLabel("Cash on hand (USD)")).toBeDisabled();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("the server refuses a commenter's write even when the UI is bypassed", async ({ page, world }) => {
  await signIn(page, world.members.COMMENTER);
  await page.goto(`/projects/${world.project.id}/business-model?step=canvas`);
  const panel = page.getByTestId("canvas-block-keyResources");
  const input = panel.getByLabel("New note for Key resources");
  const add = panel.getByRole("button", { name: "Add note" });
  await expect(add).toBeDisabled();
  await input.evaluate((el: HTMLTextAreaElement) => (el.disabled = false));
  await add.evaluate((el: HTMLButtonElement) => (el.disabled = false));
  await input.fill("Sneaky note");
  await add.click();
  await expect(panel.getByTestId("form-error")).toContainText("Your role in this team does not allow this.");
  await page.reload();
  await expect(page.getByTestId("canvas-note")).toHaveCount(0);
  expect(await db.canvasNote.count({ where: { projectId: world.project.id } })).toBe(0);
});

/** The texts of a block's notes, in the order shown. */
const noteTexts = (page: Page, block: string) =>
  page.getByTestId(`canvas-block-${block}`).getByTestId("canvas-note").getByRole("textbox").evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));

test("notes reorder by mouse drag and by keyboard; the order and an edit made just before survive a reload", async ({ ownerPage: page, world }) => {
  await db.canvasNote.createMany({
    data: ["Compute credits", "Legal corpus", "Domain experts"].map((text, position) => ({ projectId: world.project.id, block: "keyResources", text, position })),
  });
  await page.goto(`/projects/${world.project.id}/business-model?step=canvas`);
  const panel = page.getByTestId("canvas-block-keyResources");
  const notes = panel.getByTestId("canvas-note");
  await expect(notes).toHaveCount(3);

  // Edit the third note and drag it by its handle above the first before the autosave has answered.
  await notes.nth(2).getByRole("textbox").fill("Domain experts (two lawyers)");
  const handle = panel.getByRole("button", { name: "Drag note 3 to reorder" });
  const from = (await handle.boundingBox())!;
  const to = (await notes.first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => noteTexts(page, "keyResources")).toEqual(["Domain experts (two lawyers)", "Compute credits", "Legal corpus"]);
  await saved(notes.first());

  // Keyboard: pick up the (now) second note, move it down one place, drop it; a screen reader hears each step.
  // (While a move is being saved the handles rest, so two moves never race.)
  const second = panel.getByRole("button", { name: "Drag note 2 to reorder" });
  await expect(second).toHaveAttribute("aria-disabled", "false");
  await second.focus();
  await page.keyboard.press("Space");
  await expect(page.getByText("Picked up note 2 of 3.")).toBeAttached();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByText("The note is at place 3 of 3.")).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText("Note dropped at place 3 of 3.")).toBeAttached();
  await expect.poll(() => noteTexts(page, "keyResources")).toEqual(["Domain experts (two lawyers)", "Legal corpus", "Compute credits"]);
  await expect.poll(async () => (await db.canvasNote.findMany({ where: { projectId: world.project.id }, orderBy: { position: "asc" } })).map((n) => n.text)).toEqual([
    "Domain experts (two lawyers)",
    "Legal corpus",
    "Compute credits",
  ]);

  await page.reload();
  await expect.poll(() => noteTexts(page, "keyResources")).toEqual(["Domain experts (two lawyers)", "Legal corpus", "Compute credits"]);
  await expectAccessible(page);

  // The same, told in Chinese.
  await page.getByTestId("locale-switcher").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByTestId("canvas-block-keyResources").getByRole("button", { name: "拖动第 1 条便签以调整顺序" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByText("已拿起第 1 条便签，共 3 条。")).toBeAttached();
  await page.keyboard.press("Escape");
  await expect(page.getByText("已取消排序，便签回到第 1 位。")).toBeAttached();
  await expect.poll(() => noteTexts(page, "keyResources")).toEqual(["Domain experts (two lawyers)", "Legal corpus", "Compute credits"]);
});

test("the canvas and burn steps have no serious accessibility violations", async ({ ownerPage: page, world }) => {
  await db.revenueModelChoice.create({ data: { projectId: world.project.id, model: "subscription", price: 50, unit: "seat", monthlyVolume: 10, churnPct: 4 } });
  await page.goto(`/projects/${world.project.id}/business-model?step=canvas`);
  await expect(page.getByTestId("canvas-grid")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/projects/${world.project.id}/business-model?step=burn`);
  await expect(page.getByTestId("cost-breakdown")).toBeVisible();
  await expectAccessible(page);
});

test("the canvas prints on one landscape page", async ({ ownerPage: page, world }) => {
  await db.canvasNote.createMany({
    data: CANVAS_BLOCKS.flatMap((block) => [0, 1, 2].map((position) => ({ projectId: world.project.id, block, text: `${BLOCK_TITLES[block]} — note ${position + 1} with a realistic length of text`, position }))),
  });
  await page.goto(`/projects/${world.project.id}/business-model?step=canvas`);
  await expect(page.getByTestId("canvas-note")).toHaveCount(27);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  const [, , , width, height] = (pdf.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/) ?? []).map(Number);
  expect(width).toBeGreaterThan(height);
});
