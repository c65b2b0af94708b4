import { describe, expect, it } from "vitest";
import { effectivePriceBook, type PriceEntry } from "./model";
import { requestsPerUnitOf, routedServingByModel, type ServingFeature } from "./serving";

// Two custom models with round prices (per 1M tokens), so the sums can be checked by hand and a
// price update of the shipped book never changes them.
const entry = (modelKey: string, inputPerM: number, cachedInputPerM: number, outputPerM: number, currency: "USD" | "CNY" = "USD"): PriceEntry => ({
  modelKey,
  provider: "",
  model: modelKey,
  currency,
  inputPerM,
  cachedInputPerM,
  outputPerM,
  batchDiscountPct: null,
  asOf: "2026-11-01",
  sourceUrl: "",
  note: "",
});
const book = effectivePriceBook([], [entry("custom-small", 1, 0.1, 4), entry("custom-large", 10, 1, 40), entry("custom-cny", 7, 7, 7, "CNY")]);
const rates = { CNY: null };

const feature = (patch: Partial<ServingFeature> = {}): ServingFeature => ({
  id: "f1",
  name: "Drafting",
  routes: [
    { modelKey: "custom-small", sharePct: 80 },
    { modelKey: "custom-large", sharePct: 20 },
  ],
  inputTokens: 2_000,
  outputTokens: 500,
  cachedSharePct: 50,
  batchSharePct: 0,
  requestsPerUserMonth: 200,
  activeUsers: 10,
  revenueModel: "subscription",
  requestsPerUnit: null,
  ...patch,
});

describe("routed serving cost per unit of a revenue model", () => {
  it("is cost per request × requests per unit, summed over the model's features", () => {
    // Small: input 2,000 × (½ × 1 + ½ × 0.1) / 1M = 0.0011, output 500 × 4 / 1M = 0.002 → 0.0031.
    // Large: input 2,000 × (½ × 10 + ½ × 1) / 1M = 0.011, output 500 × 40 / 1M = 0.02 → 0.031.
    // 80/20 mix: 0.8 × 0.0031 + 0.2 × 0.031 = 0.00868 a request; a unit (one active user-month,
    // 200 requests) costs 1.736.
    const routed = routedServingByModel([feature()], book, rates, "USD");
    expect(routed.subscription?.perUnit).toBeCloseTo(1.736, 10);
    expect(routed.subscription?.features[0]).toMatchObject({ id: "f1", requestsPerUnit: 200 });
    expect(routed.subscription?.features[0].perRequest).toBeCloseTo(0.00868, 10);

    // A second feature on the same model, 100 % small, 10 requests per unit: + 0.031 → 1.767.
    const second = feature({ id: "f2", routes: [{ modelKey: "custom-small", sharePct: 100 }], requestsPerUnit: 10 });
    expect(routedServingByModel([feature(), second], book, rates, "USD").subscription?.perUnit).toBeCloseTo(1.767, 10);
  });

  it("moves with the mix: shifting share from the small to the large model", () => {
    // 50/50: 0.5 × 0.0031 + 0.5 × 0.031 = 0.01705 a request × 200 = 3.41 a unit.
    const shifted = feature({ routes: [
      { modelKey: "custom-small", sharePct: 50 },
      { modelKey: "custom-large", sharePct: 50 },
    ] });
    expect(routedServingByModel([shifted], book, rates, "USD").subscription?.perUnit).toBeCloseTo(3.41, 10);
  });

  it("leaves unlinked features out and says when a linked feature's cost is unknown", () => {
    const routed = routedServingByModel(
      [
        feature({ revenueModel: null }),
        feature({ id: "api", revenueModel: "usageApi", routes: [{ modelKey: "custom-cny", sharePct: 100 }] }),
        feature({ id: "f3", revenueModel: "usageApi", routes: [{ modelKey: "custom-small", sharePct: 60 }] }),
      ],
      book,
      rates,
      "USD",
    );
    expect(routed.subscription).toBeUndefined();
    // No CNY rate: the model's serving cost is unknown, not the cost of the features that are known.
    expect(routed.usageApi?.perUnit).toBeNull();
    expect(routed.usageApi?.features.map((f) => f.reason)).toEqual(["missingRate", "sharesNot100"]);
  });

  it("uses the requests per unit when given, else the requests of one active user-month", () => {
    expect(requestsPerUnitOf({ requestsPerUnit: null, requestsPerUserMonth: 120 })).toBe(120);
    expect(requestsPerUnitOf({ requestsPerUnit: 1, requestsPerUserMonth: 120 })).toBe(1);
    expect(requestsPerUnitOf({ requestsPerUnit: -3, requestsPerUserMonth: 120 })).toBe(0);
  });
});
