import { describe, expect, it } from "vitest";
import { checkUseOfFunds, EMPTY_FUNDING_PLAN, fundingFacts, fundingStepsComplete, sumAmounts } from "./model";

describe("checkUseOfFunds", () => {
  it("shows how far the planned spending is from the ask", () => {
    const uses = [{ amount: 400_000 }, { amount: 350_000 }, { amount: 150_000 }];
    expect(checkUseOfFunds(uses, 1_000_000)).toEqual({ state: "under", total: 900_000, need: 1_000_000, difference: -100_000 });
    expect(checkUseOfFunds(uses, 800_000)).toEqual({ state: "over", total: 900_000, need: 800_000, difference: 100_000 });
    expect(checkUseOfFunds(uses, 900_000)).toEqual({ state: "matches", total: 900_000, need: 900_000, difference: 0 });
  });

  it("has nothing to compare when no need is set", () => {
    expect(checkUseOfFunds([{ amount: 10 }], null)).toEqual({ state: "noNeed", total: 10 });
    expect(checkUseOfFunds([], 0)).toEqual({ state: "noNeed", total: 0 });
  });

  it("ignores amounts that are not finite or negative", () => {
    expect(sumAmounts([{ amount: 5 }, { amount: Number.NaN }, { amount: -3 }, { amount: Number.POSITIVE_INFINITY }])).toBe(5);
  });
});

describe("fundingFacts", () => {
  it("sums the use of funds set aside for hiring (the readiness check on hires without budget reads it)", () => {
    const uses = [{ amount: 300_000, category: "hiring" }, { amount: 50_000, category: "compute" }, { amount: 20_000, category: "hiring" }];
    expect(fundingFacts({ plan: EMPTY_FUNDING_PLAN, rounds: [], channels: [], uses })).toMatchObject({ useOfFundsDefined: true, hiringFunds: 320_000 });
  });

  it("summarises need, rounds, channels, use of funds and plan", () => {
    const facts = fundingFacts({
      plan: { ...EMPTY_FUNDING_PLAN, needAmount: 2_000_000, needTiming: "Q3 2027", budgetPlan: "Quarterly budget", costMonitoring: "" },
      rounds: [
        { stage: "angel", amount: 500_000, status: "closed", targetDate: "2026-03-01" },
        { stage: "seed", amount: 1_500_000, status: "planned", targetDate: "2027-09-15" },
        { stage: "other", amount: 200_000, status: "inProgress", targetDate: null },
      ],
      channels: [{ kind: "government" }, { kind: "angel" }],
      uses: [{ amount: 0 }],
    });
    expect(facts).toEqual({
      needDefined: true,
      needAmount: 2_000_000,
      rounds: 3,
      channels: ["angel", "government"],
      useOfFundsDefined: false,
      hiringFunds: 0,
      financialPlanDefined: false,
      // The readiness checks compare these months with the forecast's cash-out month.
      plannedRounds: [
        { stage: "seed", amount: 1_500_000, month: "2027-09" },
        { stage: "other", amount: 200_000, month: null },
      ],
    });
  });

  it("does not count a need without timing as defined", () => {
    const facts = fundingFacts({ plan: { ...EMPTY_FUNDING_PLAN, needAmount: 10 }, rounds: [], channels: [], uses: [] });
    expect(facts.needDefined).toBe(false);
    expect(facts.needAmount).toBe(10);
  });
});

describe("fundingStepsComplete", () => {
  it("marks each step from what is written", () => {
    const empty = fundingStepsComplete({ plan: EMPTY_FUNDING_PLAN, rounds: [], channels: [], uses: [] });
    expect(Object.values(empty).every((done) => !done)).toBe(true);
    const full = fundingStepsComplete({
      plan: { needAmount: 1, needTiming: "now", rationale: "why", structure: "", budgetPlan: "b", costMonitoring: "c" },
      rounds: [{ stage: "seed", amount: 1, status: "planned", targetDate: null }],
      channels: [{ kind: "vc" }],
      uses: [{ amount: 1 }],
    });
    expect(full).toEqual({ need: true, rounds: true, channels: true, uses: true, plan: true });
  });
});
