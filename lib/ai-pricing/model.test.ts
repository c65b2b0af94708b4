import { describe, expect, it } from "vitest";
import {
  blendedPricePerMillion,
  convert,
  costPerRequest,
  daysSince,
  effectivePriceBook,
  featureCosts,
  featureCostPerRequest,
  inferenceMonthlyCost,
  needsPriceCheck,
  type PriceEntry,
  type RoutingMix,
  type ShippedPrice,
} from "./model";

// Fixture prices (not the shipped book, so a price update never breaks these hand-checked sums).
const shipped = (id: string, over: Partial<ShippedPrice>): ShippedPrice => ({
  id,
  provider: "Vendor",
  model: id,
  market: "us",
  tier: "small",
  currency: "USD",
  inputPerM: 0,
  cachedInputPerM: null,
  outputPerM: 0,
  batchDiscountPct: null,
  asOf: "2026-10-16",
  sourceUrl: "https://example.test/pricing",
  asOfSource: null,
  note: "",
  ...over,
});
const SMALL = shipped("v/small", { inputPerM: 0.1, cachedInputPerM: 0.01, outputPerM: 0.5, batchDiscountPct: 50 });
const LARGE = shipped("v/large", { inputPerM: 4, cachedInputPerM: 0.2, outputPerM: 20, batchDiscountPct: 50, tier: "large" });
const CN = shipped("v/cn", { currency: "CNY", market: "cn", inputPerM: 2, cachedInputPerM: 0.04, outputPerM: 8 });
const book = effectivePriceBook([SMALL, LARGE, CN], []);

const mix = (over: Partial<RoutingMix> = {}): RoutingMix => ({
  routes: [
    { modelKey: "v/small", sharePct: 80 },
    { modelKey: "v/large", sharePct: 20 },
  ],
  inputTokens: 2_000,
  outputTokens: 500,
  cachedSharePct: 50,
  batchSharePct: 0,
  ...over,
});

describe("cost per request of a routing mix", () => {
  it("weights each model's cost by its share, with half of the input cached", () => {
    // small: input 2,000 × (0.5 × 0.10 + 0.5 × 0.01) / 1M = 0.00011; output 500 × 0.50 / 1M = 0.00025 → 0.00036
    // large: input 2,000 × (0.5 × 4 + 0.5 × 0.20) / 1M = 0.0042;   output 500 × 20 / 1M = 0.01     → 0.0142
    // mix:   0.8 × 0.00036 + 0.2 × 0.0142 = 0.000288 + 0.00284 = 0.003128
    const cost = costPerRequest(mix(), book, {}, "USD");
    expect(cost.reason).toBeNull();
    expect(cost.value).toBeCloseTo(0.003128, 10);
    expect(featureCostPerRequest(mix(), book, {}, "USD")).toBeCloseTo(0.003128, 10);
  });

  it("without caching pays the full input price", () => {
    // small: 2,000 × 0.10 / 1M + 0.00025 = 0.00045; large: 2,000 × 4 / 1M + 0.01 = 0.018
    // 0.8 × 0.00045 + 0.2 × 0.018 = 0.00036 + 0.0036 = 0.00396
    expect(costPerRequest(mix({ cachedSharePct: 0 }), book, {}, "USD").value).toBeCloseTo(0.00396, 10);
  });

  it("applies the batch discount to the batched share only, where the model has one", () => {
    // 40 % batched at 50 % off → 1 − 0.4 × 0.5 = 0.8 of the cost: 0.00036 × 0.8 = 0.000288
    const small = mix({ routes: [{ modelKey: "v/small", sharePct: 100 }], batchSharePct: 40 });
    expect(costPerRequest(small, book, {}, "USD").value).toBeCloseTo(0.000288, 10);
    // The CNY model has no batch discount: batching changes nothing.
    const cn = mix({ routes: [{ modelKey: "v/cn", sharePct: 100 }], batchSharePct: 100 });
    expect(costPerRequest(cn, book, {}, "CNY").value).toBeCloseTo(0.00604, 10);
  });

  it("converts each model's price into the project currency with the founders' rates", () => {
    // v/cn: 2,000 × (0.5 × 2 + 0.5 × 0.04) / 1M = 0.00204 + 500 × 8 / 1M = 0.004 → 0.00604 CNY; × 0.14 = 0.0008456 USD
    const cn = mix({ routes: [{ modelKey: "v/cn", sharePct: 100 }] });
    expect(costPerRequest(cn, book, { CNY: 0.14 }, "USD").value).toBeCloseTo(0.0008456, 10);
    // 0.00036 USD × 7.2 = 0.002592 CNY
    const small = mix({ routes: [{ modelKey: "v/small", sharePct: 100 }] });
    expect(costPerRequest(small, book, { USD: 7.2 }, "CNY").value).toBeCloseTo(0.002592, 10);
  });

  it("says why a cost is unknown instead of guessing", () => {
    expect(costPerRequest(mix({ routes: [{ modelKey: "v/cn", sharePct: 100 }] }), book, {}, "USD")).toMatchObject({ value: null, reason: "missingRate", currency: "CNY" });
    expect(costPerRequest(mix({ routes: [{ modelKey: "v/small", sharePct: 70 }] }), book, {}, "USD")).toMatchObject({ value: null, reason: "sharesNot100" });
    expect(costPerRequest(mix({ routes: [{ modelKey: "gone/model", sharePct: 100 }] }), book, {}, "USD")).toMatchObject({ value: null, reason: "unknownModel", modelKey: "gone/model" });
    expect(costPerRequest(mix({ routes: [] }), book, {}, "USD")).toMatchObject({ value: null, reason: "noRoutes" });
    expect(convert(10, "CNY", "USD", { CNY: 0 })).toBeNull();
    expect(convert(10, "USD", "USD", {})).toBe(10);
  });
});

describe("feature costs per active user and per month", () => {
  it("multiply the cost per request by requests per user and by active users", () => {
    // 0.003128 × 300 requests = 0.9384 per user; × 1,000 users = 938.40 a month
    const feature = { ...mix(), requestsPerUserMonth: 300, activeUsers: 1_000 };
    const costs = featureCosts(feature, book, {}, "USD");
    expect(costs.perActiveUser.value).toBeCloseTo(0.9384, 8);
    expect(costs.perMonth.value).toBeCloseTo(938.4, 6);
    // A second feature with an unknown cost is counted, not silently added as zero.
    const broken = { ...feature, routes: [{ modelKey: "v/small", sharePct: 50 }] };
    const month = inferenceMonthlyCost([feature, broken], book, {}, "USD");
    expect(month.total).toBeCloseTo(938.4, 6);
    expect(month.unknown).toBe(1);
  });
});

describe("the effective price book", () => {
  const entry = (over: Partial<PriceEntry>): PriceEntry => ({
    modelKey: "custom-1",
    provider: "",
    model: "",
    currency: "USD",
    inputPerM: 1,
    cachedInputPerM: null,
    outputPerM: 2,
    batchDiscountPct: null,
    asOf: "2026-11-20",
    sourceUrl: "",
    note: "",
    ...over,
  });

  it("lets a project override a shipped price and add its own models", () => {
    const own = effectivePriceBook([SMALL, LARGE], [entry({ modelKey: "v/large", inputPerM: 3 }), entry({ modelKey: "custom-1", model: "Our fine-tune" })]);
    expect([...own.keys()]).toEqual(["v/small", "v/large", "custom-1"]);
    expect(own.get("v/large")).toMatchObject({ origin: "override", inputPerM: 3, outputPerM: 2, model: "v/large", asOf: "2026-11-20" });
    expect(own.get("v/small")).toMatchObject({ origin: "shipped", inputPerM: 0.1 });
    expect(own.get("custom-1")).toMatchObject({ origin: "custom", model: "Our fine-tune", shipped: null });
  });

  it("flags prices older than 90 days, or undated, relative to the viewer's today", () => {
    // 16 Oct → 14 Jan: 31 − 16 (Oct) + 30 (Nov) + 31 (Dec) + 14 (Jan) = 90 days
    expect(daysSince("2026-10-16", "2027-01-14")).toBe(90);
    expect(needsPriceCheck("2026-10-16", "2027-01-14")).toBe(false);
    expect(needsPriceCheck("2026-10-16", "2027-01-15")).toBe(true);
    expect(needsPriceCheck(null, "2026-11-01")).toBe(true);
  });
});

describe("blended price per 1M tokens", () => {
  it("mixes input, cached input and output by their shares", () => {
    // 75 % input at 0.10 + 25 % output at 0.50 = 0.075 + 0.125 = 0.20
    expect(blendedPricePerMillion(SMALL, 25, 0)).toBeCloseTo(0.2, 12);
    // input at 0.5 × 4 + 0.5 × 0.2 = 2.1; 0.75 × 2.1 + 0.25 × 20 = 1.575 + 5 = 6.575
    expect(blendedPricePerMillion(LARGE, 25, 50)).toBeCloseTo(6.575, 12);
  });
});
