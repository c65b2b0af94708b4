import { describe, expect, it } from "vitest";
import {
  computeLineMonthlyCost,
  computeMonthlyCost,
  platformFactsOf,
  platformStepCompletion,
  TOOLING_ITEM_IDS,
  toolingStatuses,
  type PlatformData,
} from "./model";

const empty: PlatformData = { dataSources: [], computeLines: [], toolingItems: [], partners: [] };

describe("compute cost", () => {
  it("multiplies accelerators, hours and rate", () => {
    // 8 GPUs × 720 h × 2.5 = 14,400
    expect(computeLineMonthlyCost({ quantity: 8, hoursPerMonth: 720, hourlyRate: 2.5 })).toBe(14_400);
  });

  it("rounds to cents without floating-point residue", () => {
    // 3 × 10 × 0.1 is 3.0000000000000004 in floating point
    expect(computeLineMonthlyCost({ quantity: 3, hoursPerMonth: 10, hourlyRate: 0.1 })).toBe(3);
    expect(computeLineMonthlyCost({ quantity: 1, hoursPerMonth: 1, hourlyRate: 0.005 })).toBe(0.01);
  });

  it("sums several lines", () => {
    const lines = [
      { quantity: 8, hoursPerMonth: 200, hourlyRate: 3.2 }, // 5,120
      { quantity: 2, hoursPerMonth: 744, hourlyRate: 1.1 }, // 1,636.80
      { quantity: 1, hoursPerMonth: 160, hourlyRate: 0.35 }, // 56
    ];
    expect(computeMonthlyCost(lines)).toBe(6_812.8);
  });

  it("is zero for an empty plan and for lines with a zero factor", () => {
    expect(computeMonthlyCost([])).toBe(0);
    expect(computeMonthlyCost([{ quantity: 0, hoursPerMonth: 720, hourlyRate: 3 }, { quantity: 4, hoursPerMonth: 0, hourlyRate: 3 }])).toBe(0);
  });

  it("never returns NaN, Infinity or a negative cost from bad stored numbers", () => {
    expect(computeLineMonthlyCost({ quantity: Number.NaN, hoursPerMonth: 1, hourlyRate: 1 })).toBe(0);
    expect(computeLineMonthlyCost({ quantity: 1, hoursPerMonth: Number.POSITIVE_INFINITY, hourlyRate: 1 })).toBe(0);
    expect(computeLineMonthlyCost({ quantity: -2, hoursPerMonth: 10, hourlyRate: 1 })).toBe(0);
  });
});

describe("tooling checklist", () => {
  it("treats untouched and unknown statuses as open", () => {
    const statuses = toolingStatuses([
      { itemId: "framework", status: "inPlace" },
      { itemId: "ciCd", status: "bogus" },
      { itemId: "notAnItem", status: "inPlace" },
    ]);
    expect(Object.keys(statuses)).toEqual(TOOLING_ITEM_IDS);
    expect(statuses.framework).toBe("inPlace");
    expect(statuses.ciCd).toBe("open");
    expect(statuses.monitoring).toBe("open");
  });
});

describe("platform facts", () => {
  it("are all zero for an empty section", () => {
    expect(platformFactsOf(empty)).toEqual({
      dataSources: 0,
      dataSourcesWithRightsAndConsent: 0,
      sensitiveDataSources: 0,
      computePlanDefined: false,
      computeMonthlyCost: 0,
      inferenceComputeMonthlyCost: 0,
      toolingDone: 0,
      toolingTotal: TOOLING_ITEM_IDS.length,
      ecosystemPartners: 0,
    });
  });

  it("count rights, personal data, tooling and partners", () => {
    const facts = platformFactsOf({
      dataSources: [
        { rights: "documented", sensitivity: "personal" },
        { rights: "inProgress", sensitivity: "sensitivePersonal" },
        { rights: "documented", sensitivity: "public" },
      ],
      computeLines: [
        { provider: "Alibaba Cloud", quantity: 2, hoursPerMonth: 100, hourlyRate: 10, purpose: "training" },
        { provider: "Alibaba Cloud", quantity: 1, hoursPerMonth: 0, hourlyRate: 10, purpose: "inference" },
      ],
      toolingItems: [
        { itemId: "framework", status: "inPlace" },
        { itemId: "versionControl", status: "inPlace" },
        { itemId: "ciCd", status: "planned" },
        { itemId: "taskTracking", status: "notNeeded" },
      ],
      partners: [{}, {}],
    });
    expect(facts).toEqual({
      dataSources: 3,
      dataSourcesWithRightsAndConsent: 2,
      sensitiveDataSources: 2,
      computePlanDefined: true,
      computeMonthlyCost: 2_000,
      // Only the inference line counts here, and it has no hours yet.
      inferenceComputeMonthlyCost: 0,
      toolingDone: 2,
      toolingTotal: TOOLING_ITEM_IDS.length - 1,
      ecosystemPartners: 2,
    });
  });

  it("need a provider and a positive cost for a defined compute plan", () => {
    expect(platformFactsOf({ ...empty, computeLines: [{ provider: "  ", quantity: 1, hoursPerMonth: 10, hourlyRate: 1 }] }).computePlanDefined).toBe(false);
    expect(platformFactsOf({ ...empty, computeLines: [{ provider: "AWS", quantity: 1, hoursPerMonth: 0, hourlyRate: 1 }] }).computePlanDefined).toBe(false);
  });
});

describe("platform steps", () => {
  it("are incomplete when empty", () => {
    expect(platformStepCompletion(empty)).toEqual({ data: false, compute: false, tooling: false, ecosystem: false });
  });

  it("need every data source's rights decided", () => {
    const sources = [{ rights: "documented", sensitivity: "public" }, { rights: "unknown", sensitivity: "public" }];
    expect(platformStepCompletion({ ...empty, dataSources: sources }).data).toBe(false);
    expect(platformStepCompletion({ ...empty, dataSources: [sources[0], { ...sources[1], rights: "inProgress" }] }).data).toBe(true);
  });

  it("need every tooling item considered", () => {
    const allButOne = TOOLING_ITEM_IDS.slice(1).map((itemId) => ({ itemId, status: "planned" }));
    expect(platformStepCompletion({ ...empty, toolingItems: allButOne }).tooling).toBe(false);
    expect(platformStepCompletion({ ...empty, toolingItems: [...allButOne, { itemId: TOOLING_ITEM_IDS[0], status: "notNeeded" }] }).tooling).toBe(true);
  });
});
