import { describe, expect, it } from "vitest";
import { demoForecastInput } from "@/prisma/seed/forecast-input";
import { NO_INFERENCE } from "@/lib/business-model/model";
import { formatMoney } from "@/lib/i18n/format";
import { compareScenarios, forecast, FORECAST_MONTHS, rampEndMonth, roundInflows, SCENARIOS, streamMonth, unitsAt, type ForecastInput, type ForecastStream } from "./model";

const stream = (patch: Partial<ForecastStream> = {}): ForecastStream => ({
  model: "subscription",
  price: 100,
  currentUnits: 0,
  expectedUnits: null,
  rampMonths: null,
  unitsPerCustomer: null,
  churnPct: null,
  conversionPct: null,
  cac: null,
  inference: { ...NO_INFERENCE, mode: "none" },
  ...patch,
});

const plan = (patch: Partial<ForecastInput> = {}): ForecastInput => ({
  startMonth: "2027-01",
  streams: [],
  team: { memberMonthlyCost: 10_000, hireCostSteps: [] },
  computeMonthlyCost: null,
  otherMonthlyCosts: null,
  cashOnHand: 100_000,
  growthPct: null,
  includeServingCost: true,
  rounds: [],
  ...patch,
});

describe("runway: the first month whose closing cash is below zero", () => {
  it("counts the whole months before it", () => {
    // 100,000 − 10 × 10,000 = 0 at the end of month 10 (not below zero); month 11 ends at −10,000.
    const result = forecast(plan());
    expect(result.months).toHaveLength(FORECAST_MONTHS);
    expect(result.months[9].closingCash).toBe(0);
    expect(result.months[10].closingCash).toBe(-10_000);
    expect(result.runway).toEqual({ state: "runsOut", months: 10, cashOutMonth: "2027-11", cashOutIndex: 11 });
  });

  it("says when cash lasts the whole forecast, and what it cannot know", () => {
    expect(forecast(plan({ cashOnHand: 360_000 })).runway).toEqual({ state: "lasts", months: 36 });
    expect(forecast(plan({ cashOnHand: null })).runway).toEqual({ state: "unknown", reason: "noCash" });
    expect(forecast(plan({ team: { memberMonthlyCost: 0, hireCostSteps: [] } })).runway).toEqual({ state: "unknown", reason: "noCosts" });
    // Cash of 0 with costs runs out in the first month.
    expect(forecast(plan({ cashOnHand: 0 })).runway).toMatchObject({ state: "runsOut", months: 0, cashOutIndex: 1 });
  });

  it("adds planned rounds in the month of their target date, and reports the rest", () => {
    const rounds = [
      { stage: "seed", amount: 50_000, targetDate: "2027-06-15", status: "planned" as const },
      { stage: "angel", amount: 20_000, targetDate: "2027-12-01", status: "inProgress" as const },
      { stage: "preSeed", amount: 500_000, targetDate: "2026-06-01", status: "closed" as const },
      { stage: "other", amount: 90_000, targetDate: "2026-11-30", status: "planned" as const },
      { stage: "other", amount: 90_000, targetDate: null, status: "planned" as const },
      { stage: "seriesA", amount: 900_000, targetDate: "2030-01-15", status: "planned" as const },
      { stage: "other", amount: 90_000, targetDate: "2027-02-01", status: "abandoned" as const },
    ];
    expect(roundInflows(rounds, "2027-01").map((r) => [r.reason, r.index])).toEqual([
      ["counted", 6],
      ["counted", 12],
      ["notPlanned", null],
      ["past", null],
      ["undated", null],
      ["beyondForecast", null],
      ["notPlanned", null],
    ]);
    const result = forecast(plan({ rounds }));
    expect(result.months[5].financing).toBe(50_000);
    expect(result.months[11].financing).toBe(20_000);
    // Without the raise: month 11 as before. With it: 70,000 more → 0 after month 17, −10,000 after 18.
    expect(result.runway).toMatchObject({ state: "runsOut", months: 10 });
    expect(result.months[16].closingCash).toBe(0);
    expect(result.runwayWithRaise).toEqual({ state: "runsOut", months: 17, cashOutMonth: "2028-06", cashOutIndex: 18 });
    expect(result.months[16].closingCashWithoutRaise).toBe(-70_000);
  });
});

describe("team cost from the hiring plan", () => {
  it("starts each hire in its target month", () => {
    // 20,000 members; a 5,000 hire from March and a 7,500 one from June; a hire dated before the
    // forecast counts from month 1.
    const result = forecast(
      plan({
        team: {
          memberMonthlyCost: 20_000,
          hireCostSteps: [
            { month: "2026-10", amount: 1_000 },
            { month: "2027-03", amount: 5_000 },
            { month: "2027-06", amount: 7_500 },
          ],
        },
      }),
    );
    expect(result.months.slice(0, 7).map((m) => m.team)).toEqual([21_000, 21_000, 26_000, 26_000, 26_000, 33_500, 33_500]);
  });
});

describe("revenue, customers, churn and acquisition", () => {
  // 100 seats today, 10 seats per customer → 10 customers; 200 seats expected in 10 months;
  // churn 5 % a month; CAC 1,000; conversion 10 %; 10 % growth once 200 is reached.
  const seats = stream({ currentUnits: 100, expectedUnits: 200, rampMonths: 10, unitsPerCustomer: 10, churnPct: 5, cac: 1000, conversionPct: 10 });

  it("ramps from today's volume to the expected one, then grows", () => {
    // Month m: 100 + 100 × (m − 1) / 10 → month 2: 110, month 11: 200; month 12: 200 × 1.1 = 220.
    expect([1, 2, 11].map((m) => unitsAt(seats, m, 10))).toEqual([100, 110, 200]);
    expect(unitsAt(seats, 12, 10)).toBeCloseTo(220, 10);
    // Without months to get there, the expected volume is never assumed.
    expect(unitsAt({ ...seats, rampMonths: null }, 24, 0)).toBe(100);
  });

  it("counts customers, not seats, and pays CAC for growth and for replacing churn", () => {
    const result = forecast(plan({ streams: [seats], growthPct: 10 }));
    const [m1, m2] = result.months.map((m) => m.streams[0]);
    // Month 1: 10 customers; 5 % of them churn and are replaced: 0.5 new → acquisition 500.
    expect(m1).toMatchObject({ units: 100, customers: 10, churnedCustomers: 0.5, revenue: 10_000 });
    expect(m1.newCustomers).toBeCloseTo(0.5, 10);
    expect(m1.acquisition).toBeCloseTo(500, 8);
    expect(m1.prospects).toBeCloseTo(5, 8);
    // Month 2: 11 customers; 10 × 0.95 = 9.5 stay → 1.5 new (1 growth + 0.5 churn) → 1,500; prospects 15.
    expect(m2.customers).toBeCloseTo(11, 10);
    expect(m2.newCustomers).toBeCloseTo(1.5, 10);
    expect(m2.acquisition).toBeCloseTo(1500, 8);
    expect(m2.prospects).toBeCloseTo(15, 8);
    expect(result.months[1].acquisition).toBeCloseTo(1500, 8);
    expect(result.months[1].costs).toBeCloseTo(10_000 + 1500, 8);
  });

  it("treats one-off sales as new customers every month (no churn)", () => {
    const projects = stream({ model: "customDevelopment", price: 5000, currentUnits: 2, cac: 300, churnPct: 50 });
    const [m1] = forecast(plan({ streams: [projects] })).months.map((m) => m.streams[0]);
    expect(m1).toMatchObject({ units: 2, customers: 2, newCustomers: 2, churnedCustomers: 0, revenue: 10_000, acquisition: 600 });
  });

  it("previews one model's funnel where it reaches its expected volume", () => {
    expect(rampEndMonth(seats)).toBe(11);
    expect(rampEndMonth({ rampMonths: null, expectedUnits: 5 })).toBe(1);
    // Month 11: 20 customers; month 10 had 19 → 18.05 stay → 1.95 new, 0.95 of them replacing churn.
    const m11 = streamMonth(seats, 11);
    expect(m11.newCustomers).toBeCloseTo(1.95, 10);
    expect(m11.churnedCustomers).toBeCloseTo(0.95, 10);
    expect(m11.prospects).toBeCloseTo(19.5, 8);
  });

  it("says what it left out instead of inventing numbers", () => {
    const result = forecast(plan({ streams: [stream({ price: null, expectedUnits: 50, currentUnits: 5, inference: { ...NO_INFERENCE } })] }));
    expect(result.notes.map((n) => n.issue)).toEqual(["noPrice", "noRamp", "servingUnknown", "noCac"]);
    expect(result.months[0].revenue).toBe(0);
    expect(result.revenueKnown).toBe(false);
  });
});

describe("serving cost of every revenue model", () => {
  it("prices input, cached input and output tokens separately, for each model", () => {
    // Seat: 1M input × 3 = 3.00; 0.5M cached × 0.30 = 0.15; 0.2M output × 15 = 3.00; + 1 hosting = 7.15.
    // API call unit: 10k input × 3 = 0.03 + 2k output × 15 = 0.03 → 0.06.
    const seat = stream({ currentUnits: 10, inference: { ...NO_INFERENCE, inputTokensPerUnit: 1_000_000, cachedInputTokensPerUnit: 500_000, outputTokensPerUnit: 200_000, inputPricePerMillion: 3, cachedInputPricePerMillion: 0.3, outputPricePerMillion: 15, hostingPerUnit: 1 } });
    const api = stream({ model: "usageApi", price: 0.2, currentUnits: 1000, inference: { ...NO_INFERENCE, inputTokensPerUnit: 10_000, outputTokensPerUnit: 2000, inputPricePerMillion: 3, outputPricePerMillion: 15 } });
    const [m1] = forecast(plan({ streams: [seat, api] })).months;
    expect(m1.streams[0].serving).toBeCloseTo(71.5, 8);
    expect(m1.streams[1].serving).toBeCloseTo(60, 8);
    expect(m1.serving).toBeCloseTo(131.5, 8);
    // The compute plan may already pay for serving: then nothing per unit is added.
    expect(forecast(plan({ streams: [seat, api], includeServingCost: false })).months[0].serving).toBe(0);
  });

  it("keeps cents: $299 − $32.40 to serve = $266.60 gross profit", () => {
    const seat = stream({ price: 299, currentUnits: 1, inference: { ...NO_INFERENCE, mode: "none", hostingPerUnit: 32.4 } });
    const [m1] = forecast(plan({ streams: [seat] })).months;
    expect(m1.grossProfit).toBeCloseTo(266.6, 10);
    expect(formatMoney(m1.grossProfit, "en", "USD")).toBe("$266.60");
    expect(formatMoney(m1.grossProfit * 1000, "zh-CN", "CNY")).toBe("¥266,600.00");
  });
});

describe("scenarios", () => {
  it("apply their explicit parameters", () => {
    // Base: month 12 = 200 seats × 100. Downside: price −10 % (90), ramp 10 × 1.5 = 15 months →
    // month 12 = 100 + 100 × 11/15 = 173.33 seats → 15,600. Upside: ramp 7.5 months → month 12 is
    // 3.5 months after reaching 200 → 200 × 1.15^3.5 (growth 10 % × 1.5).
    const input = plan({ streams: [stream({ currentUnits: 100, expectedUnits: 200, rampMonths: 10 })], growthPct: 10 });
    const [base, downside, upside] = compareScenarios(input);
    expect(base.revenueMonth12).toBeCloseTo(22_000, 6); // 200 × 1.1 after one month of growth
    expect(downside.scenario).toEqual(SCENARIOS.downside);
    expect(downside.revenueMonth12).toBeCloseTo((100 + (100 * 11) / 15) * 90, 6);
    expect(upside.revenueMonth12).toBeCloseTo(200 * Math.pow(1.15, 3.5) * 100, 6);
    // Costs +10 % in the downside: the team's 10,000 becomes 11,000.
    expect(forecast(input, SCENARIOS.downside).months[0].team).toBeCloseTo(11_000, 8);
  });
});

describe("the demo plans, pinned (forecast starting January 2027)", () => {
  it("ClinicNote AI: no revenue yet, cash runs out in month 19 without the seed, lasts with it", () => {
    const result = forecast(demoForecastInput("en", "2027-01"));
    const [m1, m2] = result.months;
    // Team: 12,000 + 12,000 + 1,500 members + the 6,000 privacy lead from month 1 = 31,500; the ML
    // engineer (14,000) from month 3, front end (11,000) month 5, account executive (10,000)
    // month 11, QA (11,000) month 13. Compute: 144 + 888 + 50 = 1,082. Other 9,000.
    expect(result.months.map((m) => m.team).filter((v, i, all) => all.indexOf(v) === i)).toEqual([31_500, 45_500, 56_500, 66_500, 77_500]);
    // Month 1: nothing sold; 31,500 + 1,082 + 9,000 = 41,582 → 1,200,000 − 41,582 = 1,158,418.
    expect(m1).toMatchObject({ revenue: 0, costs: 41_582, closingCash: 1_158_418 });
    // Month 2: 300 clinicians × 1/18 = 16.667 → 2,483.33; EHR 0.5 × 1/6 × 4,000 = 333.33.
    // Serving per clinician-month comes from the routing mixes (shipped prices, USD), not the
    // blended token price: visit notes 85 % Haiku 5.5 / 15 % Opus 5.5, 9,000 in (20 % cached),
    // 1,200 out: Haiku 9,000 × (0.8 × 0.1 + 0.2 × 0.01) / 1M + 1,200 × 0.5 / 1M = 0.001338,
    // Opus 9,000 × (0.8 × 4 + 0.2 × 0.2) / 1M + 1,200 × 20 / 1M = 0.05316 → 0.0091113 × 400 notes
    // = 3.64452; overnight summaries on GPT-6 Luna, all batch (−50 %): (20,000 × 0.1 + 600 × 0.5)
    // / 1M × 0.5 = 0.00115 × 60 = 0.069. 3.71352 + 12 speech-to-text = 15.71352 → 261.892.
    // New clinics 16.667 / 6 = 2.778 × 4,500 = 12,500.
    expect(m2.revenue).toBeCloseTo(2816.67, 2);
    expect(m2.serving).toBeCloseTo(261.892, 8);
    expect(m2.acquisition).toBeCloseTo(12_500, 6);
    // Team 31,500 + compute 1,082 + other 9,000 + 261.892 + 12,500 = 54,343.892.
    expect(m2.costs).toBeCloseTo(54_343.892, 6);
    // Months 1–18: Σ seats = 300/18 × (0 + … + 17) = 2,550 → revenue 379,950, serving 40,069.48;
    // EHR units 0.5/6 × 21 = 1.75 (months 1–7) + 0.5 × Σ 1.04^j, j = 1…11 = 7.0129 → 35,051.6;
    // new clinics Σ K(1..18) − 0.975 Σ K(1..17) = 425 − 0.975 × 377.78 = 56.667 → 255,000;
    // team 2 × 31,500 + 2 × 45,500 + 6 × 56,500 + 2 × 66,500 + 6 × 77,500 = 1,091,000; fixed
    // 18 × 10,082 = 181,476. Cash: 1,200,000 + 415,001.6 − 1,567,545.48 = 47,456.12.
    expect(result.months[17].closingCashWithoutRaise).toBeCloseTo(47_456.1, 0);
    // Month 19 (300 clinicians reached): revenue 44,700 + EHR 0.5 × 1.04^12 × 4,000 = 3,202.06;
    // costs 77,500 + 10,082 + 4,714.06 serving (300 × 15.71352) + (50 − 0.975 × 47.22) × 4,500 =
    // 17,812.5 → net −62,206.46 → −14,750.3: cash runs out in month 19 (July 2028), 18 whole months.
    expect(result.months[18].revenue).toBeCloseTo(47_902.06, 1);
    expect(result.months[18].closingCashWithoutRaise).toBeCloseTo(-14_750.3, 0);
    expect(result.runway).toEqual({ state: "runsOut", months: 18, cashOutMonth: "2028-07", cashOutIndex: 19 });
    // With the $2.7M seed (month 10) and the $300k grant (month 11): 3,000,000 more from month 11.
    expect(result.months[9].financing).toBe(2_700_000);
    expect(result.months[10].financing).toBe(300_000);
    expect(result.months[18].closingCash).toBeCloseTo(3_000_000 - 14_750.3, 0);
    // Every month burns cash, so the lowest balance with the rounds is month 36's (regression pin).
    expect(result.runwayWithRaise).toEqual({ state: "lasts", months: 36 });
    expect(result.months[35].closingCash).toBeCloseTo(2_214_170, -1);
    expect(result.breakEvenIndex).toBeNull();
  });

  it("法务智审: 24 paying seats today, cash runs out in month 10 without the seed, lasts with it", () => {
    const result = forecast(demoForecastInput("zh", "2027-01"));
    const [m1, m2] = result.months;
    // Month 1: 24 seats × ¥1,500 = 36,000. Serving per seat from the contract-review routing mix
    // (shipped CNY prices): 12,000 in (30 % cached), 1,500 out; DeepSeek flash 12,000 × (0.7 × 2 +
    // 0.3 × 0.04) / 1M + 1,500 × 8 / 1M = 0.028944, GLM-5 12,000 × (0.7 × 6 + 0.3 × 1.5) / 1M +
    // 1,500 × 22 / 1M = 0.0888; 80/20 → 0.0409152 × 120 requests = 4.909824, + 5 hosting =
    // 9.909824 → 237.835776. 3 firms, 2 % churn → 0.06 × 36,000 = 2,160.
    // Costs 122,000 team + 45,880 compute + 60,000 other + 237.835776 + 2,160 = 230,277.835776.
    expect(m1.revenue).toBe(36_000);
    expect(m1.costs).toBeCloseTo(230_277.835776, 6);
    expect(m1.closingCash).toBeCloseTo(2_305_722.164224, 6);
    // Month 2: 24 + 216/24 = 33 seats → 49,500; 4.125 firms − 0.98 × 3 stay = 1.185 new → 42,660;
    // private deployments 0.25/12 → revenue 6,250, implementation 833.33, CAC 416.67.
    expect(m2.revenue).toBeCloseTo(55_750, 6);
    expect(m2.acquisition).toBeCloseTo(43_076.67, 2);
    // The blended price's 16.4 a seat was 6.490176 more: 310,331.2 − 33 × 6.490176 = 310,117.02.
    expect(m2.costs).toBeCloseTo(310_117.02, 1);
    // Months 1–9: seats 9 × 24 + 9 × 36 = 540 → 810,000, serving (blended) 8,856; new firms
    // 67.5 − 0.98 × 58.5 = 10.17 → 366,120; deployments 0.25/12 × 36 = 0.75 → 225,000 revenue,
    // 30,000 implementation, 15,000 CAC; team 122,000 + 2 × 160,000 + 2 × 185,000 + 253,000 +
    // 283,000 + 2 × 305,000 = 1,958,000; fixed 9 × 105,880 = 952,920.
    // Cash: 2,500,000 + 1,035,000 − 3,330,896 = 204,104 at the blended 8,856 of serving; routed,
    // serving is 540 × 9.909824 = 5,351.30496, 3,504.69504 less → 207,608.69504.
    expect(result.months[8].closingCashWithoutRaise).toBeCloseTo(207_608.695, 2);
    // Month 10: revenue 105 × 1,500 + 0.1875 × 300,000 = 213,750; costs 305,000 + 105,880 +
    // 1,040.53 (105 × 9.909824) + 7,500 + 49,140 + 3,750 = 472,310.53 → −50,951.84.
    expect(result.months[9].closingCashWithoutRaise).toBeCloseTo(-50_951.836, 2);
    expect(result.runway).toEqual({ state: "runsOut", months: 9, cashOutMonth: "2027-10", cashOutIndex: 10 });
    // Seed ¥7.5M in month 5 (in progress) and the ¥0.5M grant in month 8.
    expect(result.months[9].closingCash).toBeCloseTo(-50_951.836 + 8_000_000, 2);
    expect(result.runwayWithRaise).toEqual({ state: "lasts", months: 36 });
    expect(result.breakEvenIndex).toBe(27);
  });
});
