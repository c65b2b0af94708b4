import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on serious or critical WCAG A/AA violations on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// Radios are left out: they share option names ("Now", "Later") by design and are told apart by their group's name.
const CONTROL_ROLES = ["checkbox", "textbox", "combobox", "spinbutton", "slider", "switch"];

/** Form controls of the page's main area that share an accessible name (a screen reader hears the same
 * words for different fields, e.g. six "We consider this channel"). */
export async function duplicateControlNames(page: Page): Promise<string[]> {
  const snapshot = await page.locator("main").ariaSnapshot();
  const counts = new Map<string, number>();
  for (const line of snapshot.split("\n")) {
    const match = line.match(/^\s*- (\w+) "((?:[^"\\]|\\.)*)"/);
    if (!match || !CONTROL_ROLES.includes(match[1])) continue;
    const key = `${match[1]} "${match[2]}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${key} ×${n}`);
}
