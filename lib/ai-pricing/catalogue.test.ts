import { describe, expect, it } from "vitest";
import raw from "./price-book.json";
import { SHIPPED_PRICES, isShippedModel } from "./catalogue";
import { priceBookFileSchema } from "./schema";

describe("the shipped price book", () => {
  it("passes its schema: prices per 1M tokens, a currency, a dated https source", () => {
    const parsed = priceBookFileSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("covers US and Chinese providers and dates every row to a day the source shows", () => {
    expect(new Set(SHIPPED_PRICES.map((m) => m.market))).toEqual(new Set(["us", "cn"]));
    for (const row of SHIPPED_PRICES) {
      expect(row.asOf, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A price is only ever as new as the page it came from: nothing after this book was compiled.
      expect(row.asOf <= "2026-11-30", row.id).toBe(true);
      expect(row.sourceUrl.startsWith("https://"), row.id).toBe(true);
    }
  });

  it("refuses a malformed row", () => {
    const bad = structuredClone(raw) as { models: Record<string, unknown>[] };
    bad.models[0].inputPerM = -1;
    bad.models[1].asOf = "last week";
    bad.models[2].cachedInputPerM = 999;
    const issues = priceBookFileSchema.safeParse(bad).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(issues).toEqual(expect.arrayContaining(["models.0.inputPerM", "models.1.asOf", "models.2.cachedInputPerM"]));
    const duplicate = structuredClone(raw) as { models: { id: string }[] };
    duplicate.models[1].id = duplicate.models[0].id;
    expect(priceBookFileSchema.safeParse(duplicate).success).toBe(false);
    expect(isShippedModel(SHIPPED_PRICES[0].id)).toBe(true);
    expect(isShippedModel("custom-abc")).toBe(false);
  });
});
