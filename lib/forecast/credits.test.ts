import { describe, expect, it } from "vitest";
import { NO_INFERENCE } from "@/lib/business-model/model";
import { forecast, SCENARIOS, type ForecastInput, type ForecastStream } from "./model";

const plan = (patch: Partial<ForecastInput> = {}): ForecastInput => ({
  startMonth: "2027-01",
  streams: [],
  team: { memberMonthlyCost: 10_000, hireCostSteps: [] },
  computeMonthlyCost: 2_000,
  otherMonthlyCosts: null,
  cashOnHand: 100_000,
  growthPct: null,
  includeServingCost: true,
  rounds: [],
  ...patch,
});

const stream = (patch: Partial<ForecastStream> = {}): ForecastStream => ({
  model: "subscription",
  price: 0,
  currentUnits: 100,
  expectedUnits: null,
  rampMonths: null,
  unitsPerCustomer: null,
  churnPct: null,
  conversionPct: null,
  cac: null,
  // Blended token price: 1M input tokens at 1 a million → 1 a unit, plus 0.5 hosting.
  inference: { ...NO_INFERENCE, inputTokensPerUnit: 1_000_000, inputPricePerMillion: 1, hostingPerUnit: 0.5 },
  ...patch,
});

describe("credits in the forecast", () => {
  it("pay cloud spend month by month until used up, and say when they end", () => {
    // Without credits: 12,000 a month; 100,000 − 9 × 12,000 = −8,000 → cash runs out in month 9.
    expect(forecast(plan()).runway).toMatchObject({ state: "runsOut", months: 8, cashOutIndex: 9 });
    // A 12,000 cloud credit pays the 2,000 compute for months 1–6: 6 × 10,000 = 60,000 spent, then
    // 12,000 a month: 40,000 − 3 × 12,000 = 4,000 after month 9, −8,000 after month 10.
    const result = forecast(plan({ credits: [{ amount: 12_000, appliesTo: "cloud", startsOn: null, expiresOn: null }] }));
    expect(result.months.slice(0, 7).map((m) => m.credits)).toEqual([2_000, 2_000, 2_000, 2_000, 2_000, 2_000, 0]);
    expect(result.months[0].costs).toBe(10_000);
    expect(result.months[8].closingCash).toBe(4_000);
    expect(result.runway).toEqual({ state: "runsOut", months: 9, cashOutMonth: "2027-10", cashOutIndex: 10 });
    // After credits end (June 2027), 2,000 a month more is paid in cash.
    expect(result.credits).toEqual({
      used: 12_000,
      expiredUnused: 0,
      lastIndex: 6,
      lastMonth: "2027-06",
      stepAfter: 2_000,
      runwayWithoutCredits: { state: "runsOut", months: 8, cashOutMonth: "2027-09", cashOutIndex: 9 },
    });
  });

  it("stop at expiry, losing what is left", () => {
    // 100,000 of any-use credit expiring 31 March 2027 pays only three months of compute.
    const result = forecast(plan({ credits: [{ amount: 100_000, appliesTo: "any", startsOn: null, expiresOn: "2027-03-31" }] }));
    expect(result.credits).toMatchObject({ used: 6_000, expiredUnused: 94_000, lastIndex: 3, lastMonth: "2027-03", stepAfter: 2_000 });
    // 100,000 − 3 × 10,000 − 6 × 12,000 = −2,000 after month 9.
    expect(result.runway).toMatchObject({ state: "runsOut", cashOutIndex: 9 });
    expect(result.months[8].closingCash).toBe(-2_000);
  });

  it("tell model-API spend (tokens) from cloud spend (compute, hosting)", () => {
    const noCompute = { computeMonthlyCost: 0, streams: [stream()] };
    // 100 units × 1 token cost = 100 model API; 100 × 0.5 hosting = 50 cloud.
    const api = forecast(plan({ ...noCompute, credits: [{ amount: 1_000, appliesTo: "modelApi", startsOn: null, expiresOn: null }] }));
    expect(api.months[0].credits).toBe(100);
    expect(api.credits).toMatchObject({ lastIndex: 10, stepAfter: 100 });
    const cloud = forecast(plan({ ...noCompute, credits: [{ amount: 1_000, appliesTo: "cloud", startsOn: null, expiresOn: null }] }));
    expect(cloud.months[0].credits).toBe(50);
    // Serving counted in the compute plan instead: nothing of the stream is eligible.
    const off = forecast(plan({ ...noCompute, includeServingCost: false, credits: [{ amount: 1_000, appliesTo: "any", startsOn: null, expiresOn: null }] }));
    expect(off.months[0].credits).toBe(0);
    expect(off.credits).toBeNull();
  });

  it("start in the month they start", () => {
    const result = forecast(plan({ credits: [{ amount: 4_000, appliesTo: "cloud", startsOn: "2027-03-01", expiresOn: null }] }));
    expect(result.months.slice(0, 5).map((m) => m.credits)).toEqual([0, 0, 2_000, 2_000, 0]);
  });
});

describe("a routing mix replaces the blended token price", () => {
  it("serves every unit at the routed cost, shocked like any model price", () => {
    // 100 units × 2 routed + 0.5 hosting = 250 a month (the blended 1 a unit is not used).
    const routed = stream({ inference: { ...stream().inference, routing: { perUnit: 2 } } });
    expect(forecast(plan({ streams: [routed] })).months[0].serving).toBeCloseTo(250, 10);
    // +50 % model prices: 100 × (3 + 0.5) = 350.
    expect(forecast(plan({ streams: [routed] }), { ...SCENARIOS.base, inferencePriceChangePct: 50 }).months[0].serving).toBeCloseTo(350, 10);
  });

  it("says serving is unknown when a linked feature's cost is", () => {
    const unknown = stream({ inference: { ...stream().inference, routing: { perUnit: null } } });
    const result = forecast(plan({ streams: [unknown] }));
    expect(result.months[0].serving).toBe(0);
    expect(result.notes).toContainEqual({ model: "subscription", issue: "servingUnknown" });
  });
});
