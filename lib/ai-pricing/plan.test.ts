import { describe, expect, it } from "vitest";
import { SHIPPED_PRICES } from "./catalogue";
import { aiStepCompletion, comparedApiPrice, costModelOf, type StoredAiPlan } from "./plan";

// Uses the shipped book's first row through an override with fixed numbers, so a price update
// of the shipped data never changes these sums.
const key = SHIPPED_PRICES[0].id;
const override = { id: "e1", version: 1, modelKey: key, provider: "", model: "", currency: "USD" as const, inputPerM: 1, cachedInputPerM: null, outputPerM: 4, batchDiscountPct: null, asOf: "2026-11-01", sourceUrl: "", note: "" };
const feature = {
  id: "f1",
  name: "Drafting",
  version: 1,
  routes: [{ modelKey: key, sharePct: 100 }],
  inputTokens: 1_000,
  outputTokens: 500,
  cachedSharePct: 0,
  batchSharePct: 0,
  requestsPerUserMonth: 100,
  activeUsers: 10,
  usageShape: "lognormal" as const,
  medianRequests: 80,
  p90Ratio: 3,
  p50Requests: null,
  p90Requests: null,
  p99Requests: null,
  revenueModel: null,
  requestsPerUnit: null,
};
const plan = (over: Partial<StoredAiPlan> = {}): StoredAiPlan => ({
  currency: "CNY",
  settings: { usdRate: 7, cnyRate: null, eurRate: null, targetMarginPct: 70, version: 1 },
  priceEntries: [override],
  features: [feature],
  selfHost: [],
  credits: [],
  ...over,
});

describe("the stored plan as cost inputs", () => {
  it("uses the project's override and exchange rate", () => {
    const model = costModelOf(plan());
    expect(model.book.get(key)).toMatchObject({ origin: "override", inputPerM: 1, outputPerM: 4 });
    expect(model.rates).toEqual({ USD: 7, CNY: null, EUR: null });
  });

  it("prices the self-hosting comparison's API model in the project currency", () => {
    // 75 % input at 1 + 25 % output at 4 = 1.75 USD per 1M; × 7 = 12.25 CNY
    const scenario = { compareModelKey: key, outputSharePct: 25, cachedSharePct: 0 };
    expect(comparedApiPrice(scenario, costModelOf(plan()).book, { USD: 7 }, "CNY")).toBeCloseTo(12.25, 10);
    expect(comparedApiPrice(scenario, costModelOf(plan()).book, {}, "CNY")).toBeNull();
    expect(comparedApiPrice({ ...scenario, compareModelKey: "" }, costModelOf(plan()).book, { USD: 7 }, "CNY")).toBeNull();
  });
});

describe("AI step completion", () => {
  it("is complete for priced features, a distribution, a comparable scenario and a credit", () => {
    const done = plan({
      selfHost: [{ id: "s", name: "GPU", gpuType: "", gpuCount: 1, hourlyPrice: 20, tokensPerSecond: 500, utilisationPct: 50, compareModelKey: key, outputSharePct: 25, cachedSharePct: 0, version: 1 }],
      credits: [{ id: "c", name: "Credits", provider: "", appliesTo: "any", amount: 1000, startsOn: null, expiresOn: null, note: "", version: 1 }],
    });
    expect(aiStepCompletion(done)).toEqual({ priceBook: true, routing: true, usage: true, selfHost: true, credits: true });
  });

  it("is incomplete without features, without an exchange rate or without a distribution", () => {
    expect(aiStepCompletion(plan({ features: [] }))).toEqual({ priceBook: false, routing: false, usage: false, selfHost: false, credits: false });
    const noRate = aiStepCompletion(plan({ settings: { usdRate: null, cnyRate: null, eurRate: null, targetMarginPct: null, version: 0 } }));
    expect(noRate).toMatchObject({ priceBook: false, routing: false, usage: true });
    expect(aiStepCompletion(plan({ features: [{ ...feature, medianRequests: null }] })).usage).toBe(false);
  });
});
