import { describe, expect, it } from "vitest";
import { RISK_TEMPLATE_IDS, RISK_TEMPLATES, templatesByCategory } from "./library";
import {
  addMonths,
  bandOf,
  CATEGORY_GROUP,
  groupsCovered,
  heatMapCounts,
  isIsoDate,
  isoDateOf,
  isReviewOverdue,
  nextReviewAfter,
  processCompletion,
  RISK_CATEGORIES,
  riskBand,
  riskScore,
  type RegisterFacts,
} from "./model";

describe("riskScore and bands (Launchpad's convention: 1–7 low, 8–14 medium, 15–25 high)", () => {
  it("multiplies likelihood by impact", () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(2, 4)).toBe(8);
    expect(riskScore(3, 5)).toBe(15);
    expect(riskScore(5, 5)).toBe(25);
  });

  it("clamps ratings to the 1–5 scale and never returns NaN", () => {
    expect(riskScore(0, 9)).toBe(5);
    expect(riskScore(-3, 2)).toBe(2);
    expect(riskScore(Number.NaN, 4)).toBe(4);
    expect(riskScore(Number.POSITIVE_INFINITY, 2)).toBe(2);
  });

  it("puts the band edges where the convention says", () => {
    expect([1, 7, 8, 14, 15, 25].map(bandOf)).toEqual(["low", "low", "medium", "medium", "high", "high"]);
    expect(riskBand(1, 7)).toBe("low"); // clamped to 1 × 5 = 5
    expect(riskBand(2, 4)).toBe("medium");
    expect(riskBand(3, 4)).toBe("medium"); // 12
    expect(riskBand(4, 4)).toBe("high"); // 16
  });

  it("splits the 25 cells of the 5 × 5 matrix into 12 low, 7 medium and 6 high", () => {
    const counts = { low: 0, medium: 0, high: 0 };
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) counts[riskBand(l, i)]++;
    // Hand-counted: high = 15,16,20,20,25,15 (3×5,5×3,4×4,4×5,5×4,5×5) = 6 cells;
    // medium = 8,8,9,10,10,12,12 (2×4,4×2,3×3,2×5,5×2,3×4,4×3) = 7 cells; the other 12 are low.
    expect(counts).toEqual({ low: 12, medium: 7, high: 6 });
  });
});

describe("review dates", () => {
  it("adds calendar months and clamps to the month's last day", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2026-12-10", 6)).toBe("2027-06-10");
  });

  it("pushes the next review by band: high monthly, medium quarterly, low twice a year", () => {
    expect(nextReviewAfter("2026-03-10", "high")).toBe("2026-04-10");
    expect(nextReviewAfter("2026-03-10", "medium")).toBe("2026-06-10");
    expect(nextReviewAfter("2026-03-10", "low")).toBe("2026-09-10");
  });

  it("treats a review as overdue only after its date, and never for a closed risk", () => {
    expect(isReviewOverdue("2026-03-09", "open", "2026-03-10")).toBe(true);
    expect(isReviewOverdue("2026-03-10", "open", "2026-03-10")).toBe(false);
    expect(isReviewOverdue("2026-03-09", "monitoring", "2026-03-10")).toBe(true);
    expect(isReviewOverdue("2026-03-09", "closed", "2026-03-10")).toBe(false);
    expect(isReviewOverdue(null, "open", "2026-03-10")).toBe(false);
  });

  it("reads dates in UTC whatever the machine's time zone", () => {
    expect(isoDateOf(new Date("2026-03-10T23:30:00.000Z"))).toBe("2026-03-10");
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-1-5")).toBe(false);
  });
});

describe("heat map", () => {
  it("places counts by impact row and likelihood column and ignores off-scale cells", () => {
    const grid = heatMapCounts([
      { likelihood: 1, impact: 5, count: 2 },
      { likelihood: 4, impact: 2, count: 3 },
      { likelihood: 6, impact: 2, count: 9 },
      { likelihood: 0, impact: 0, count: 9 },
    ]);
    expect(grid[4][0]).toBe(2);
    expect(grid[1][3]).toBe(3);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(5);
    expect(grid).toHaveLength(5);
    expect(grid.every((row) => row.length === 5)).toBe(true);
  });
});

describe("the five-step process", () => {
  const empty: RegisterFacts = { total: 0, open: 0, categoriesCovered: [], rated: 0, highOpen: 0, highWithResponseAndContingency: 0, withReviewDate: 0, overdueReviews: 0, reviewed: 0, bandsUsed: 0 };

  it("has nothing complete for an empty register", () => {
    expect(processCompletion(empty)).toEqual({ identify: false, assess: false, respond: false, monitor: false, adjust: false });
  });

  it("completes identify only when the six required families are covered", () => {
    const five = ["security", "competition", "dataPrivacy", "cashFlow", "operations"];
    expect(processCompletion({ ...empty, total: 5, rated: 5, categoriesCovered: five }).identify).toBe(false);
    expect(processCompletion({ ...empty, total: 6, rated: 6, categoriesCovered: [...five, "ethics"] }).identify).toBe(true);
    expect(groupsCovered([...five, "ethics", "unknown"])).toEqual(["technical", "market", "data", "resource", "operational", "compliance"]);
  });

  it("completes respond when every open high risk has a mitigation and a contingency plan", () => {
    const facts = { ...empty, total: 4, rated: 4, open: 4, highOpen: 2 };
    expect(processCompletion({ ...facts, highWithResponseAndContingency: 1 }).respond).toBe(false);
    expect(processCompletion({ ...facts, highWithResponseAndContingency: 2 }).respond).toBe(true);
  });

  it("completes monitor when every open risk has a review date and none is overdue", () => {
    const facts = { ...empty, total: 3, rated: 3, open: 3, withReviewDate: 3 };
    expect(processCompletion(facts).monitor).toBe(true);
    expect(processCompletion({ ...facts, withReviewDate: 2 }).monitor).toBe(false);
    expect(processCompletion({ ...facts, overdueReviews: 1 }).monitor).toBe(false);
    expect(processCompletion({ ...facts, reviewed: 1 }).adjust).toBe(true);
  });
});

describe("categories and library", () => {
  it("gives every category a family and at least one template", () => {
    for (const category of RISK_CATEGORIES) {
      expect(CATEGORY_GROUP[category]).toBeDefined();
      expect(RISK_TEMPLATE_IDS.some((id) => RISK_TEMPLATES[id].category === category)).toBe(true);
    }
    expect(templatesByCategory(RISK_CATEGORIES).flatMap((g) => g.templates).sort()).toEqual([...RISK_TEMPLATE_IDS].sort());
  });

  it("rates every template on the scale", () => {
    for (const id of RISK_TEMPLATE_IDS) {
      const t = RISK_TEMPLATES[id];
      expect(t.likelihood).toBeGreaterThanOrEqual(1);
      expect(t.impact).toBeLessThanOrEqual(5);
    }
  });
});
