import { describe, expect, it } from "vitest";
import { computeReadiness } from "./model";
import { navProgress } from "./nav-progress";
import { DEMO_LIKE_PLAN, inputOf } from "./test-plans";

describe("navProgress", () => {
  it("gives each plan section the share of its rubric section's points, risk and compliance sharing one", () => {
    // DEMO_LIKE_PLAN at the idea stage: team 12/16, market 8/10, business model 8/10, platform 5/8,
    // funding 5/6, execution 4/8, risk & compliance 8/12.
    expect(navProgress(computeReadiness(inputOf(DEMO_LIKE_PLAN)).sections)).toEqual({
      team: 75,
      market: 80,
      "business-model": 80,
      platform: 63,
      funding: 83,
      milestones: 50,
      risks: 67,
      compliance: 67,
    });
  });

  it("skips a section without points to reach", () => {
    expect(navProgress([{ id: "team", points: 0, maxPoints: 0 }])).toEqual({});
  });
});
