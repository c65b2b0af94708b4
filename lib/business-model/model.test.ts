import { describe, expect, it } from "vitest";
import { EMPTY_CHOICE_FIELDS, clampShock, computeUnitEconomics, costPerUnit, modelEconomics, NO_INFERENCE, resolvePrimaryModel, withRouting, type UnitEconomics, type UnitEconomicsInput } from "./model";

// Hand-checked: price 100 per seat-month; 2M input tokens × 5 per 1M = 10 inference + 5 hosting =
// 15 to serve; margin 85 (85 %); churn 5 % → LTV 85 / 0.05 = 1,700; CAC 425 → LTV/CAC 4, payback 5.
const seat: UnitEconomicsInput = {
  price: 100,
  churnPct: 5,
  inference: { ...NO_INFERENCE, inputTokensPerUnit: 2_000_000, inputPricePerMillion: 5, hostingPerUnit: 5 },
  unitsPerCustomer: null,
  cac: 425,
};

const values = (e: UnitEconomics) => Object.fromEntries(Object.entries(e).map(([k, d]) => [k, d.value]));
const reasons = (e: UnitEconomics) => Object.fromEntries(Object.entries(e).map(([k, d]) => [k, d.reason]));

function expectNoNonFinite(value: unknown) {
  const json = JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? "NON-FINITE" : v));
  expect(json).not.toContain("NON-FINITE");
}

describe("computeUnitEconomics", () => {
  it("computes a token-priced seat by hand", () => {
    expect(values(computeUnitEconomics(seat))).toEqual({
      revenuePerUnit: 100,
      inferenceCostPerUnit: 10,
      costToServePerUnit: 15,
      grossMarginPerUnit: 85,
      grossMarginPct: 85,
      grossProfitPerCustomerMonth: 85,
      ltv: 1700,
      ltvToCac: 4,
      paybackMonths: 5,
    });
  });

  it("computes GPU-hour inference and several units per customer", () => {
    // 0.5 h × 2.4 = 1.2 + 0.8 hosting = 2 to serve; margin 48 (96 %); 10 units → 480 a month;
    // churn 4 % → LTV 12,000; CAC 1,200 → ratio 10, payback 2.5 months.
    const e = computeUnitEconomics({ ...seat, price: 50, inference: { ...NO_INFERENCE, mode: "gpu", gpuHoursPerUnit: 0.5, gpuHourRate: 2.4, hostingPerUnit: 0.8 }, unitsPerCustomer: 10, churnPct: 4, cac: 1200 });
    expect(e.inferenceCostPerUnit.value).toBeCloseTo(1.2, 10);
    expect(e.costToServePerUnit.value).toBeCloseTo(2, 10);
    expect(e.grossMarginPct.value).toBeCloseTo(96, 10);
    expect(e.grossProfitPerCustomerMonth.value).toBeCloseTo(480, 10);
    expect(e.ltv.value).toBeCloseTo(12_000, 6);
    expect(e.ltvToCac.value).toBeCloseTo(10, 10);
    expect(e.paybackMonths.value).toBeCloseTo(2.5, 10);
  });

  it("applies the upstream price shock to inference only", () => {
    // +20 %: inference 12, cost 17, margin 83 %. −50 %: inference 5, cost 10, margin 90 %.
    expect(computeUnitEconomics(seat, 20).grossMarginPct.value).toBeCloseTo(83, 10);
    expect(computeUnitEconomics(seat, -50).costToServePerUnit.value).toBeCloseTo(10, 10);
    expect(computeUnitEconomics(seat, -50).grossMarginPct.value).toBeCloseTo(90, 10);
  });

  it("clamps the shock to its range", () => {
    expect(clampShock(1000)).toBe(300);
    expect(clampShock(-500)).toBe(-90);
    expect(clampShock(Number.NaN)).toBe(0);
    // +300 % → inference 40, cost 45, margin 55 %.
    expect(computeUnitEconomics(seat, 1000).grossMarginPct.value).toBeCloseTo(55, 10);
  });

  it("returns null with a reason for undefined quantities", () => {
    const noChurn = computeUnitEconomics({ ...seat, churnPct: 0 });
    expect([noChurn.ltv.value, noChurn.ltv.reason]).toEqual([null, "noChurn"]);
    expect(noChurn.ltvToCac.reason).toBe("noChurn");
    expect(noChurn.paybackMonths.value).toBe(5);

    const freeAcquisition = computeUnitEconomics({ ...seat, cac: 0 });
    expect([freeAcquisition.ltvToCac.value, freeAcquisition.ltvToCac.reason]).toEqual([null, "noCac"]);
    expect(freeAcquisition.paybackMonths.value).toBe(0);

    const free = computeUnitEconomics({ ...seat, price: 0 });
    expect(free.grossMarginPerUnit.value).toBe(-15);
    expect(free.grossMarginPct.reason).toBe("noPrice");
    expect(free.ltv.reason).toBe("noMargin");
    expect(free.paybackMonths.reason).toBe("noMargin");

    const underwater = computeUnitEconomics({ ...seat, price: 12 });
    expect(underwater.grossMarginPct.value).toBeCloseTo(-25, 10);
    expect(underwater.ltv.reason).toBe("noMargin");
  });

  it("treats empty inputs as missing, without inventing numbers", () => {
    const empty = computeUnitEconomics({ ...seat, price: null, inference: NO_INFERENCE, churnPct: null, cac: null });
    expect(Object.values(values(empty)).every((v) => v === null)).toBe(true);
    expect(new Set(Object.values(reasons(empty)))).toEqual(new Set(["missingInput"]));
    // Hosting alone is optional (treated as 0); inference is not.
    expect(computeUnitEconomics({ ...seat, inference: { ...seat.inference, hostingPerUnit: null } }).costToServePerUnit.value).toBe(10);
    expect(computeUnitEconomics({ ...seat, cac: null }).ltvToCac.reason).toBe("missingInput");
    expect(computeUnitEconomics({ ...seat, cac: null }).ltv.value).toBe(1700);
  });

  it("never returns NaN or Infinity, even for inputs the schema would refuse", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1e30, 1e308, -5]) {
      for (const field of ["price", "churnPct", "unitsPerCustomer", "cac"] as const) {
        expectNoNonFinite(computeUnitEconomics({ ...seat, [field]: bad }, 20));
      }
      for (const field of ["inputTokensPerUnit", "inputPricePerMillion", "outputTokensPerUnit", "hostingPerUnit"] as const) {
        expectNoNonFinite(computeUnitEconomics({ ...seat, inference: { ...seat.inference, [field]: bad } }, 20));
      }
    }
    const huge = computeUnitEconomics({ ...seat, inference: { ...seat.inference, inputTokensPerUnit: 1e308, inputPricePerMillion: 1e308 } });
    expect(huge.inferenceCostPerUnit).toEqual({ value: null, reason: "outOfRange" });
    expect(computeUnitEconomics({ ...seat, price: Number.NaN }).revenuePerUnit.reason).toBe("missingInput");
  });
});

describe("costPerUnit", () => {
  const tokens = { ...NO_INFERENCE, inputTokensPerUnit: 1_000_000, cachedInputTokensPerUnit: 500_000, outputTokensPerUnit: 200_000, inputPricePerMillion: 3, cachedInputPricePerMillion: 0.3, outputPricePerMillion: 15, hostingPerUnit: 1 };

  it("prices input, cached input and output tokens separately", () => {
    // 1M × 3 = 3.00 + 0.5M × 0.30 = 0.15 + 0.2M × 15 = 3.00 → 6.15 inference; + 1 hosting = 7.15.
    const cost = costPerUnit(tokens);
    expect(cost.inference.value).toBeCloseTo(6.15, 10);
    expect(cost.total.value).toBeCloseTo(7.15, 10);
    // The shock applies to the model's prices, not to hosting: +20 % → 7.38 + 1 = 8.38.
    expect(costPerUnit(tokens, 20).total.value).toBeCloseTo(8.38, 10);
  });

  it("needs a price for every kind of token used, and no price for tokens not used", () => {
    expect(costPerUnit({ ...tokens, outputPricePerMillion: null }).total).toEqual({ value: null, reason: "missingInput" });
    expect(costPerUnit({ ...tokens, outputTokensPerUnit: 0, outputPricePerMillion: null }).inference.value).toBeCloseTo(3.15, 10);
    expect(costPerUnit({ ...tokens, cachedInputTokensPerUnit: null, cachedInputPricePerMillion: null }).inference.value).toBeCloseTo(6, 10);
    expect(costPerUnit(NO_INFERENCE).total.reason).toBe("missingInput");
  });

  it("uses the routing mix instead of the blended price when one serves the model, and says so", () => {
    // Blended: 6.15 + 1 = 7.15 (source tokens). Routed 2.40 a unit + 1 hosting = 3.40; +50 % → 4.60.
    expect(costPerUnit(tokens).source).toBe("tokens");
    const routed = withRouting(tokens, { perUnit: 2.4 });
    expect(costPerUnit(routed)).toMatchObject({ inference: { value: 2.4 }, source: "routing" });
    expect(costPerUnit(routed).total.value).toBeCloseTo(3.4, 10);
    expect(costPerUnit(routed, 50).total.value).toBeCloseTo(4.6, 10);
    expect(costPerUnit(withRouting(tokens, { perUnit: null })).total).toEqual({ value: null, reason: "missingInput" });
    expect(withRouting(tokens, undefined)).toBe(tokens);
    // Unit economics of a seat at 100 with 5 % churn: margin 100 − 3.40 = 96.60 → LTV 1,932.
    const economics = modelEconomics({ model: "subscription", ...EMPTY_CHOICE_FIELDS, ...tokens, inferenceMode: "tokens", price: 100, churnPct: 5 }, 0, { perUnit: 2.4 });
    expect(economics.costToServePerUnit.value).toBeCloseTo(3.4, 10);
    expect(economics.ltv.value).toBeCloseTo(1932, 8);
  });

  it("keeps GPU-hour pricing, and knows a revenue model that needs no model at all", () => {
    expect(costPerUnit({ ...NO_INFERENCE, mode: "gpu", gpuHoursPerUnit: 0.5, gpuHourRate: 2.4 }).total.value).toBeCloseTo(1.2, 10);
    expect(costPerUnit({ ...NO_INFERENCE, mode: "none", hostingPerUnit: 40_000 }).total.value).toBe(40_000);
    expect(costPerUnit({ ...NO_INFERENCE, mode: "none" }).total.value).toBe(0);
  });

  it("gives each revenue model its own unit economics", () => {
    const custom = { ...EMPTY_CHOICE_FIELDS, model: "customDevelopment" as const, price: 300_000, inferenceMode: "none" as const, hostingPerUnit: 40_000, cac: 20_000 };
    // 300,000 − 40,000 = 260,000 → 86.7 %; one-off work has no churn, so no lifetime value.
    expect(modelEconomics(custom).grossMarginPct.value).toBeCloseTo((260_000 / 300_000) * 100, 10);
    expect(modelEconomics(custom).ltv.reason).toBe("missingInput");
  });
});

describe("primary model", () => {
  it("describes the chosen primary model, else the first chosen", () => {
    expect(resolvePrimaryModel(["usageApi", "subscription"], "subscription")).toBe("subscription");
    expect(resolvePrimaryModel(["usageApi", "subscription"], "advertising")).toBe("usageApi");
    expect(resolvePrimaryModel([], "advertising")).toBeNull();
  });
});
