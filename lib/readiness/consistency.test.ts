import { describe, expect, it } from "vitest";
import { checkConsistency, INCONSISTENCY_PENALTY, MAX_PENALTY } from "./consistency";
import { planWith } from "./test-plans";

const burning = (monthly: number) => ({ monthlyNetBurn: Array.from({ length: 36 }, () => monthly) });
const runsOut = (cashOutMonth: string) => ({ state: "runsOut" as const, months: 8, cashOutMonth, cashOutIndex: 9 });
const ids = (facts: ReturnType<typeof planWith>) => checkConsistency(facts).map((x) => x.id);

describe("checkConsistency", () => {
  it("finds nothing in an empty plan", () => {
    expect(checkConsistency(planWith())).toEqual([]);
  });

  it("flags a market-size price more than twice above or below the business model's revenue per customer", () => {
    // 3,000 a month from 10 customers = 3,600 a customer a year (worked by hand).
    const model = { monthlyRevenue: 3_000, currentCustomers: 10 };
    expect(checkConsistency(planWith({ businessModel: model, market: { annualPricePerCustomer: 12_000 } }))).toEqual([
      { id: "marketPriceVsModelPrice", values: { market: 12_000, model: 3_600, ratio: 3.3 }, places: [{ section: "market", step: "size" }, { section: "business-model", step: "economics" }], penalty: INCONSISTENCY_PENALTY },
    ]);
    expect(ids(planWith({ businessModel: model, market: { annualPricePerCustomer: 1_500 } }))).toEqual(["marketPriceVsModelPrice"]);
    // Within a factor of two either way is the same price story.
    expect(ids(planWith({ businessModel: model, market: { annualPricePerCustomer: 7_200 } }))).toEqual([]);
    expect(ids(planWith({ businessModel: model, market: { annualPricePerCustomer: 1_800 } }))).toEqual([]);
    // Nothing to compare: no price in the sizing, or no paying customers yet.
    expect(ids(planWith({ businessModel: model, market: { annualPricePerCustomer: null } }))).toEqual([]);
    expect(ids(planWith({ businessModel: { monthlyRevenue: 0, currentCustomers: 0 }, market: { annualPricePerCustomer: 12_000 } }))).toEqual([]);
  });

  it("flags a funding need that pays for fewer than 12 months of the forecast's average burn", () => {
    // 18-month average of 20,000 a month: 200,000 = 10 months; 240,000 = 12 months is enough.
    expect(checkConsistency(planWith({ businessModel: burning(20_000), funding: { needAmount: 200_000 } }))).toEqual([
      { id: "needVsBurn", values: { need: 200_000, burn: 20_000, months: 10, min: 12 }, places: [{ section: "funding", step: "need" }, { section: "business-model", step: "burn" }], penalty: INCONSISTENCY_PENALTY },
    ]);
    expect(ids(planWith({ businessModel: burning(20_000), funding: { needAmount: 240_000 } }))).toEqual([]);
    // A profitable forecast has no burn to compare with.
    expect(ids(planWith({ businessModel: burning(-5_000), funding: { needAmount: 10_000 } }))).toEqual([]);
  });

  it("flags a first round that arrives after the cash runs out, not one that arrives before", () => {
    const late = planWith({ businessModel: { runway: runsOut("2027-09") }, funding: { plannedRounds: [{ stage: "seed", amount: 1, month: "2027-10" }, { stage: "a", amount: 1, month: null }] } });
    expect(checkConsistency(late)[0]).toMatchObject({ id: "raiseAfterCashOut", values: { cashOut: "2027-09", round: "2027-10" } });
    const inTime = planWith({ businessModel: { runway: runsOut("2027-09") }, funding: { plannedRounds: [{ stage: "seed", amount: 1, month: "2027-09" }] } });
    expect(ids(inTime)).toEqual([]);
  });

  it("flags inference paid per unit in the forecast and again as an inference line of the compute plan", () => {
    expect(ids(planWith({ businessModel: { gpuServingInForecast: true }, platform: { inferenceComputeMonthlyCost: 2_500 } }))).toEqual(["inferenceCountedTwice"]);
    expect(ids(planWith({ businessModel: { gpuServingInForecast: false }, platform: { inferenceComputeMonthlyCost: 2_500 } }))).toEqual([]);
    expect(ids(planWith({ businessModel: { gpuServingInForecast: true }, platform: { computeMonthlyCost: 2_500 } }))).toEqual([]);
  });

  it("flags milestones due after the cash (with the planned rounds) runs out", () => {
    const facts = planWith({ businessModel: { runwayWithRaise: runsOut("2027-09") }, execution: { openMilestoneDueMonths: ["2027-09", "2027-10", "2028-01"] } });
    expect(checkConsistency(facts)[0]).toMatchObject({ id: "milestonesAfterCashOut", values: { count: 2, cashOut: "2027-09" } });
  });

  it("flags hires without a budget: none set, starting after the cash-out, or no hiring line in a written use of funds", () => {
    expect(checkConsistency(planWith({ team: { openHirePlans: [{ month: "2027-02", budget: 0 }] } }))[0]).toMatchObject({ id: "hiresWithoutBudget", values: { count: 1 } });
    const afterCashOut = planWith({ businessModel: { runwayWithRaise: runsOut("2027-09") }, team: { openHirePlans: [{ month: "2027-10", budget: 9_000 }, { month: "2027-03", budget: 9_000 }] } });
    expect(checkConsistency(afterCashOut)[0]).toMatchObject({ id: "hiresWithoutBudget", values: { count: 1 } });
    const noLine = planWith({ team: { openHirePlans: [{ month: "2027-03", budget: 9_000 }] }, funding: { useOfFundsDefined: true, hiringFunds: 0 } });
    expect(checkConsistency(noLine)[0]).toMatchObject({ id: "hiresWithoutBudget", places: [{ section: "team", step: "hiring" }, { section: "funding", step: "uses" }] });
    expect(ids(planWith({ team: { openHirePlans: [{ month: "2027-03", budget: 9_000 }] }, funding: { useOfFundsDefined: true, hiringFunds: 100_000 } }))).toEqual([]);
  });

  it(`caps the total penalty at ${MAX_PENALTY}`, () => {
    const all = planWith({
      businessModel: { ...burning(50_000), runway: runsOut("2027-09"), runwayWithRaise: runsOut("2027-09"), gpuServingInForecast: true },
      funding: { needAmount: 100_000, plannedRounds: [{ stage: "seed", amount: 1, month: "2027-12" }] },
      platform: { inferenceComputeMonthlyCost: 1_000 },
      execution: { openMilestoneDueMonths: ["2028-01"] },
      team: { openHirePlans: [{ month: "2027-01", budget: 0 }] },
    });
    const found = checkConsistency(all);
    expect(found).toHaveLength(5);
    expect(found.reduce((s, x) => s + x.penalty, 0)).toBe(MAX_PENALTY);
  });
});
