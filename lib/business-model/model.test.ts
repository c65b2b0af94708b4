import { describe, expect, it } from "vitest";
import {
  clampShock,
  computeBurn,
  computeUnitEconomics,
  evaluateBusinessModel,
  monthlyRevenue,
  prospectsNeeded,
  resolvePrimaryModel,
  type BurnInput,
  type UnitEconomics,
  type UnitEconomicsInput,
} from "./model";

// Hand-checked: price 100 per seat-month; 2M tokens × 5 per 1M = 10 inference + 5 hosting = 15
// to serve; margin 85 (85 %); churn 5 % → LTV 85 / 0.05 = 1,700; CAC 425 → LTV/CAC 4, payback 5.
const seat: UnitEconomicsInput = {
  price: 100,
  churnPct: 5,
  inferenceMode: "tokens",
  tokensPerUnit: 2_000_000,
  pricePerMillionTokens: 5,
  gpuHoursPerUnit: null,
  gpuHourRate: null,
  hostingPerUnit: 5,
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
    const e = computeUnitEconomics({ ...seat, price: 50, inferenceMode: "gpu", gpuHoursPerUnit: 0.5, gpuHourRate: 2.4, hostingPerUnit: 0.8, unitsPerCustomer: 10, churnPct: 4, cac: 1200 });
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
    const empty = computeUnitEconomics({ ...seat, price: null, tokensPerUnit: null, pricePerMillionTokens: null, hostingPerUnit: null, churnPct: null, cac: null });
    expect(Object.values(values(empty)).every((v) => v === null)).toBe(true);
    expect(new Set(Object.values(reasons(empty)))).toEqual(new Set(["missingInput"]));
    // Hosting alone is optional (treated as 0); inference is not.
    expect(computeUnitEconomics({ ...seat, hostingPerUnit: null }).costToServePerUnit.value).toBe(10);
    expect(computeUnitEconomics({ ...seat, cac: null }).ltvToCac.reason).toBe("missingInput");
    expect(computeUnitEconomics({ ...seat, cac: null }).ltv.value).toBe(1700);
  });

  it("never returns NaN or Infinity, even for inputs the schema would refuse", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1e30, 1e308, -5]) {
      for (const field of ["price", "churnPct", "tokensPerUnit", "pricePerMillionTokens", "hostingPerUnit", "unitsPerCustomer", "cac"] as const) {
        expectNoNonFinite(computeUnitEconomics({ ...seat, [field]: bad }, 20));
      }
    }
    const huge = computeUnitEconomics({ ...seat, tokensPerUnit: 1e308, pricePerMillionTokens: 1e308 });
    expect(huge.inferenceCostPerUnit).toEqual({ value: null, reason: "outOfRange" });
    expect(computeUnitEconomics({ ...seat, price: Number.NaN }).revenuePerUnit.reason).toBe("missingInput");
  });
});

describe("revenue", () => {
  it("sums price × volume over models that have both", () => {
    expect(
      monthlyRevenue([
        { model: "subscription", price: 100, monthlyVolume: 100 },
        { model: "customDevelopment", price: 5000, monthlyVolume: 1 },
        { model: "advertising", price: 3, monthlyVolume: null },
      ]),
    ).toBe(15_000);
    expect(monthlyRevenue([{ model: "advertising", price: 3, monthlyVolume: null }])).toBeNull();
    expect(monthlyRevenue([])).toBeNull();
    expect(monthlyRevenue([{ model: "subscription", price: 1e308, monthlyVolume: 1e308 }])).toBeNull();
  });

  it("derives the prospects needed from the conversion rate", () => {
    expect(prospectsNeeded({ model: "subscription", price: 10, monthlyVolume: 50, conversionPct: 4 })).toBe(1250);
    expect(prospectsNeeded({ model: "subscription", price: 10, monthlyVolume: 50, conversionPct: 0 })).toBeNull();
    expect(prospectsNeeded({ model: "subscription", price: 10, monthlyVolume: 50 })).toBeNull();
  });

  it("describes the chosen primary model, else the first chosen", () => {
    expect(resolvePrimaryModel(["usageApi", "subscription"], "subscription")).toBe("subscription");
    expect(resolvePrimaryModel(["usageApi", "subscription"], "advertising")).toBe("usageApi");
    expect(resolvePrimaryModel([], "advertising")).toBeNull();
  });
});

// Hand-checked burn: revenue 100 × 100 + 5,000 × 1 = 15,000. Costs: team 20,000 + compute 3,000 +
// other 2,000 + serving 100 units × 15 = 1,500 → 26,500. Net burn 11,500; cash 230,000 → 20 months.
const burnInput: BurnInput = {
  revenueLines: [
    { model: "subscription", price: 100, monthlyVolume: 100 },
    { model: "customDevelopment", price: 5000, monthlyVolume: 1 },
  ],
  primaryModel: "subscription",
  costToServePerUnit: 15,
  includeServingCost: true,
  teamCostByMonth: Array(24).fill(20_000),
  computeMonthlyCost: 3000,
  otherMonthlyCosts: 2000,
  cashOnHand: 230_000,
  revenueGrowthPct: null,
};

describe("computeBurn", () => {
  it("computes costs, net burn and runway by hand", () => {
    const burn = computeBurn(burnInput);
    expect(burn.revenue).toBe(15_000);
    expect(burn.costs).toEqual({ team: 20_000, compute: 3000, other: 2000, serving: 1500, total: 26_500 });
    expect(burn.netBurn).toBe(11_500);
    expect(burn.runway).toEqual({ kind: "months", months: 20 });
    // Cash is exactly 0 after month 20 and negative after month 21.
    expect(burn.projection).toHaveLength(24);
    expect(burn.projection[19].cash).toBe(0);
    expect(burn.projection[20].cash).toBe(-11_500);
    expect(burn.cashOutMonth).toBe(21);
  });

  it("follows the team's hiring plan month by month and repeats its last month", () => {
    const burn = computeBurn({ ...burnInput, teamCostByMonth: [10_000, 10_000, 30_000] });
    expect(burn.costs.team).toBe(10_000);
    expect(burn.projection.map((m) => m.costs).slice(0, 4)).toEqual([16_500, 16_500, 36_500, 36_500]);
    expect(burn.projection[23].costs).toBe(36_500);
  });

  it("grows every model's volume, and the serving cost with it", () => {
    const burn = computeBurn({ ...burnInput, revenueGrowthPct: 10 });
    // Month 2: revenue 15,000 × 1.1 = 16,500; serving 1,500 × 1.1 = 1,650 → costs 26,650.
    expect(burn.projection[1].revenue).toBeCloseTo(16_500, 6);
    expect(burn.projection[1].costs).toBeCloseTo(26_650, 6);
    expect(burn.runway).toEqual({ kind: "months", months: 20 }); // runway is at the current burn
  });

  it("leaves out the serving cost when the compute plan already pays for inference", () => {
    expect(computeBurn({ ...burnInput, includeServingCost: false }).costs.total).toBe(25_000);
    expect(computeBurn({ ...burnInput, costToServePerUnit: null }).costs.serving).toBe(0);
  });

  it("says profitable (no runway number) when revenue covers costs", () => {
    const burn = computeBurn({ ...burnInput, otherMonthlyCosts: 0, teamCostByMonth: [8000], cashOnHand: null });
    expect(burn.netBurn).toBe(-2500);
    expect(burn.runway).toEqual({ kind: "profitable" });
    expect(burn.cashOutMonth).toBeNull();
    expect(burn.projection.every((m) => m.cash === null)).toBe(true);
  });

  it("is honest about what it cannot know", () => {
    expect(computeBurn({ ...burnInput, cashOnHand: null }).runway).toEqual({ kind: "unknown", reason: "noCash" });
    const nothing = computeBurn({ ...burnInput, revenueLines: [], teamCostByMonth: [], computeMonthlyCost: null, otherMonthlyCosts: null });
    expect(nothing.runway).toEqual({ kind: "unknown", reason: "noCosts" });
    expect(nothing.costsKnown).toBe(false);
    expect(computeBurn({ ...burnInput, cashOnHand: 0 }).runway).toEqual({ kind: "months", months: 0 });
  });

  it("never produces NaN or Infinity", () => {
    for (const bad of [Number.NaN, Infinity, 1e308]) {
      expectNoNonFinite(computeBurn({ ...burnInput, cashOnHand: bad, otherMonthlyCosts: bad, revenueGrowthPct: bad, teamCostByMonth: [bad, 1] }));
    }
  });
});

describe("evaluateBusinessModel", () => {
  it("joins the revenue model's price and churn with the unit economics and the burn", () => {
    const result = evaluateBusinessModel({
      revenueChoices: [
        { model: "customDevelopment", price: 5000, monthlyVolume: 1, churnPct: null, unit: "project", rationale: "" },
        { model: "subscription", price: 100, monthlyVolume: 100, churnPct: 5, unit: "seat", rationale: "" },
      ],
      economics: {
        primaryModel: "subscription",
        inferenceMode: "tokens",
        tokensPerUnit: 2_000_000,
        pricePerMillionTokens: 5,
        gpuHoursPerUnit: null,
        gpuHourRate: null,
        hostingPerUnit: 5,
        unitsPerCustomer: null,
        cac: 425,
        thirdPartyModelApi: true,
        modelProvider: "",
      },
      burn: { cashOnHand: 230_000, otherMonthlyCosts: 2000, otherCostsNote: "", revenueGrowthPct: null, includeServingCost: true },
      teamCostByMonth: [20_000],
      computeMonthlyCost: 3000,
    });
    expect(result.primaryModel).toBe("subscription");
    expect(result.economics.ltvToCac.value).toBe(4);
    expect(result.burn.runway).toEqual({ kind: "months", months: 20 });
  });

  it("evaluates an empty plan without numbers", () => {
    const result = evaluateBusinessModel({ revenueChoices: [], economics: null, burn: null, teamCostByMonth: [], computeMonthlyCost: null });
    expect(result.primaryModel).toBeNull();
    expect(result.economics.grossMarginPct.value).toBeNull();
    expect(result.burn.runway).toEqual({ kind: "unknown", reason: "noCosts" });
    expectNoNonFinite(result);
  });
});
