import { describe, expect, it } from "vitest";
import { checkUseOfFunds, EMPTY_FUNDING_PLAN, fundingFacts, fundingStepsComplete, monthlyNetBurn, runwayWithRaise, sumAmounts } from "./model";

describe("runwayWithRaise", () => {
  it("divides the raise by the monthly net burn and adds it to the current runway", () => {
    // 1,200,000 ÷ 100,000 per month = 12 months; 6 + 12 = 18.
    expect(runwayWithRaise({ raise: 1_200_000, monthlyNetBurn: 100_000, runwayMonths: 6 })).toEqual({
      state: "extended",
      extendsByMonths: 12,
      runwayMonths: 6,
      totalMonths: 18,
    });
  });

  it("keeps fractions (500,000 ÷ 80,000 = 6.25 months)", () => {
    const result = runwayWithRaise({ raise: 500_000, monthlyNetBurn: 80_000, runwayMonths: null });
    expect(result).toEqual({ state: "extended", extendsByMonths: 6.25, runwayMonths: null, totalMonths: null });
  });

  it("never divides by zero or a negative burn", () => {
    expect(runwayWithRaise({ raise: 1_000_000, monthlyNetBurn: 0, runwayMonths: 10 })).toEqual({ state: "notBurning" });
    expect(runwayWithRaise({ raise: 1_000_000, monthlyNetBurn: -5_000, runwayMonths: 10 })).toEqual({ state: "notBurning" });
    expect(runwayWithRaise({ raise: 1_000_000, monthlyNetBurn: 10, runwayMonths: 1, profitable: true })).toEqual({ state: "notBurning" });
  });

  it("reports an unknown burn instead of NaN", () => {
    expect(runwayWithRaise({ raise: 1_000, monthlyNetBurn: null, runwayMonths: 3 })).toEqual({ state: "unknownBurn" });
    expect(runwayWithRaise({ raise: 1_000, monthlyNetBurn: Number.NaN, runwayMonths: 3 })).toEqual({ state: "unknownBurn" });
    expect(runwayWithRaise({ raise: 1_000, monthlyNetBurn: Number.POSITIVE_INFINITY, runwayMonths: 3 })).toEqual({ state: "unknownBurn" });
  });

  it("says there is no raise when the amount is missing or zero, keeping the current runway", () => {
    expect(runwayWithRaise({ raise: null, monthlyNetBurn: 50_000, runwayMonths: 4 })).toEqual({ state: "noRaise", runwayMonths: 4 });
    expect(runwayWithRaise({ raise: 0, monthlyNetBurn: 50_000, runwayMonths: Number.NaN })).toEqual({ state: "noRaise", runwayMonths: null });
  });

  it("stays finite for a tiny burn and the largest allowed raise", () => {
    const result = runwayWithRaise({ raise: 1e12, monthlyNetBurn: 1e-300, runwayMonths: 0 });
    if (result.state === "extended") {
      expect(Number.isFinite(result.extendsByMonths)).toBe(true);
      expect(Number.isFinite(result.totalMonths)).toBe(true);
    } else {
      expect(result.state).toBe("notBurning");
    }
  });
});

describe("monthlyNetBurn", () => {
  it("is costs minus revenue", () => {
    expect(monthlyNetBurn(120_000, 30_000)).toBe(90_000);
    expect(monthlyNetBurn(120_000, null)).toBe(120_000);
    expect(monthlyNetBurn(null, 30_000)).toBeNull();
    expect(monthlyNetBurn(20_000, 50_000)).toBe(-30_000);
  });
});

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
  it("summarises need, rounds, channels, use of funds and plan", () => {
    const facts = fundingFacts({
      plan: { ...EMPTY_FUNDING_PLAN, needAmount: 2_000_000, needTiming: "Q3 2027", budgetPlan: "Quarterly budget", costMonitoring: "" },
      rounds: [
        { amount: 500_000, status: "closed" },
        { amount: 1_500_000, status: "planned" },
      ],
      channels: [{ kind: "government" }, { kind: "angel" }],
      uses: [{ amount: 0 }],
    });
    expect(facts).toEqual({
      needDefined: true,
      needAmount: 2_000_000,
      rounds: 2,
      channels: ["angel", "government"],
      useOfFundsDefined: false,
      financialPlanDefined: false,
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
      rounds: [{ amount: 1, status: "planned" }],
      channels: [{ kind: "vc" }],
      uses: [{ amount: 1 }],
    });
    expect(full).toEqual({ need: true, rounds: true, channels: true, uses: true, plan: true });
  });
});
