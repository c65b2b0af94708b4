import { describe, expect, it } from "vitest";
import { addMonths, costByMonth, costSchedule, isMonth, monthOf, parseCostSteps, roundMoney } from "./cost";

describe("months", () => {
  it("takes the local calendar month of a date", () => {
    // Late on the last day of the month in local time is still that month (TZ is not UTC in tests).
    expect(monthOf(new Date(2026, 10, 30, 23, 30))).toBe("2026-11");
    expect(monthOf(new Date(2027, 0, 1, 0, 5))).toBe("2027-01");
  });

  it("adds months across year ends, forwards and backwards", () => {
    expect(addMonths("2026-11", 0)).toBe("2026-11");
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-11", 14)).toBe("2028-01");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
  });

  it("recognises only yyyy-mm", () => {
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth(202612)).toBe(false);
  });
});

describe("cost schedule", () => {
  it("sums members and groups open hires by target month; filled hires and empty budgets cost nothing", () => {
    const schedule = costSchedule(
      [{ monthlyCost: 30000 }, { monthlyCost: 12500.5 }, { monthlyCost: 0 }],
      [
        { status: "PLANNED", targetMonth: "2027-03", monthlyBudget: 25000 },
        { status: "OFFER", targetMonth: "2026-12", monthlyBudget: 18000 },
        { status: "INTERVIEWING", targetMonth: "2027-03", monthlyBudget: 5000 },
        { status: "FILLED", targetMonth: "2026-12", monthlyBudget: 40000 },
        { status: "PLANNED", targetMonth: "2027-01", monthlyBudget: 0 },
      ],
    );
    expect(schedule).toEqual({
      memberMonthlyCost: 42500.5,
      hireCostSteps: [
        { month: "2026-12", amount: 18000 },
        { month: "2027-03", amount: 30000 },
      ],
    });
  });

  it("turns the schedule into 24 months from the current month", () => {
    const series = costByMonth(
      { memberMonthlyCost: 1000, hireCostSteps: [{ month: "2026-12", amount: 200 }, { month: "2027-03", amount: 30 }] },
      "2026-11",
    );
    expect(series).toHaveLength(24);
    // Nov: members only · Dec–Feb: + 200 · from Mar: + 230.
    expect(series.slice(0, 6)).toEqual([1000, 1200, 1200, 1200, 1230, 1230]);
    expect(series[23]).toBe(1230);
  });

  it("counts a hire whose target month has passed from the first month", () => {
    expect(costByMonth({ memberMonthlyCost: 0, hireCostSteps: [{ month: "2025-01", amount: 50 }] }, "2026-11", 2)).toEqual([50, 50]);
  });

  it("ignores hires beyond the window", () => {
    expect(costByMonth({ memberMonthlyCost: 10, hireCostSteps: [{ month: "2029-01", amount: 50 }] }, "2026-11")).toEqual(Array(24).fill(10));
  });

  it("reads malformed stored steps as nothing rather than NaN", () => {
    expect(parseCostSteps(null)).toEqual([]);
    expect(parseCostSteps([{ month: "2026-12", amount: 5 }, { month: "bad", amount: 5 }, { month: "2026-12", amount: "x" }, 3, { month: "2027-01", amount: Infinity }])).toEqual([
      { month: "2026-12", amount: 5 },
    ]);
  });

  it("rounds money to cents and never returns NaN", () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(Number.NaN)).toBe(0);
    expect(costSchedule([{ monthlyCost: Number.NaN }, { monthlyCost: -5 }], []).memberMonthlyCost).toBe(0);
  });
});
