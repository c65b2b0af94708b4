// Per-field saves: two editors change different fields of one risk — both changes survive, and the
// activity log shows each change with its old → new value, in English and in Chinese.
import type { Locator, Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges and checks rows directly in its own e2e database.
import { db } from "../lib/db/client";
import { expect, signIn, test } from "./support/fixtures";

function rowTitled(page: Page, title: string): Locator {
  return page.getByTestId("risk-row").filter({ has: page.getByTestId("risk-title").getByText(title, { exact: true }) });
}

test("two editors change different fields of one risk: both survive and the activity log shows old → new in both languages", async ({ browser, world }) => {
  test.setTimeout(90_000);
  const projectId = world.project.id;
  const risk = await db.risk.create({ data: { projectId, title: "GPU prices triple", category: "computeCost", likelihood: 3, impact: 4, score: 12, contingency: "Pause the free tier" } });
  const [contextA, contextB] = [await browser.newContext({ locale: "en-US" }), await browser.newContext({ locale: "zh-CN" })];
  try {
    const [a, b] = [await contextA.newPage(), await contextB.newPage()];
    await signIn(a, world.members.OWNER);
    await signIn(b, world.members.EDITOR);
    await b.context().addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: b.url() }]);
    for (const page of [a, b]) {
      await page.goto(`/projects/${projectId}/risks?step=respond`);
      await rowTitled(page, "GPU prices triple").getByRole("button", { name: page === a ? "Edit details" : "编辑详情" }).click();
    }
    const rowA = rowTitled(a, "GPU prices triple");
    const rowB = rowTitled(b, "GPU prices triple");

    // A changes the contingency; B, who loaded before A saved, changes the mitigation.
    await rowA.getByLabel("Contingency plan (if it happens anyway)").fill("Switch to a second provider");
    await expect(rowA.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await rowB.getByLabel("缓解措施（现在做什么）").fill("提前一年预留算力");
    await expect(rowB.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
    await expect(rowB.getByTestId("conflict-panel")).toHaveCount(0);
    expect(await db.risk.findUniqueOrThrow({ where: { id: risk.id } })).toMatchObject({ contingency: "Switch to a second provider", mitigation: "提前一年预留算力" });

    // The log holds one row per save with only the field that changed, old → new.
    const rows = await db.activity.findMany({ where: { projectId, itemId: risk.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.actorId, r.fields])).toEqual([
      [world.members.OWNER.id, ["contingency"]],
      [world.members.EDITOR.id, ["mitigation"]],
    ]);

    // English: labels from the risk form, the old value struck through, the new one after the arrow.
    await a.goto(`/projects/${projectId}/activity`);
    const contingencyEn = a.getByTestId("activity-change").and(a.locator('[data-field="contingency"]'));
    await expect(contingencyEn).toHaveText("Contingency plan (if it happens anyway): Pause the free tier → Switch to a second provider");
    await expect(contingencyEn.locator("del")).toHaveText("Pause the free tier");
    await expect(a.getByTestId("activity-change").and(a.locator('[data-field="mitigation"]'))).toHaveText("Mitigation plan (what you do now): (empty) → 提前一年预留算力");

    // Chinese: the same changes with Chinese field labels.
    await b.goto(`/projects/${projectId}/activity`);
    await expect(b.getByTestId("activity-change").and(b.locator('[data-field="mitigation"]'))).toHaveText("缓解措施（现在做什么）: （空） → 提前一年预留算力");
    await expect(b.getByTestId("activity-change").and(b.locator('[data-field="contingency"]'))).toHaveText("应急预案（万一发生怎么办）: Pause the free tier → Switch to a second provider");
  } finally {
    await contextA.close();
    await contextB.close();
  }
});
