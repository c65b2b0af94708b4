import { sizeFieldsSchema } from "./schema";
import { describe, expect, it } from "vitest";
import { APPLICATION_DOMAINS, marketFactsOf, marketShares, marketSizeIssues, marketStepCompletion, TREND_KEYS, type MarketData, type MarketSizes } from "./model";

const noSizes: MarketSizes = { tamValue: null, tamSource: "", samValue: null, samSource: "", somValue: null, somSource: "" };
const sourced = (tam: number | null, sam: number | null, som: number | null): MarketSizes => ({
  tamValue: tam,
  tamSource: "Report A",
  samValue: sam,
  samSource: "Bottom-up count",
  somValue: som,
  somSource: "Pipeline",
});

describe("market size checks", () => {
  it("accept an empty entry and a consistent nested one", () => {
    expect(marketSizeIssues(noSizes)).toEqual([]);
    expect(marketSizeIssues(sourced(1_000, 200, 20))).toEqual([]);
    // equal sizes are allowed (a niche where the whole market is reachable)
    expect(marketSizeIssues(sourced(500, 500, 500))).toEqual([]);
  });

  it("require a source for every figure given, and only for figures given", () => {
    expect(marketSizeIssues({ ...noSizes, tamValue: 1_000, somValue: 0, somSource: "  " })).toEqual([
      { field: "tamSource", code: "sourceRequired" },
      { field: "somSource", code: "sourceRequired" },
    ]);
    expect(marketSizeIssues({ ...noSizes, samSource: "a source without a figure" })).toEqual([]);
  });

  it("refuse SAM above TAM and SOM above SAM", () => {
    expect(marketSizeIssues(sourced(100, 200, 20))).toEqual([{ field: "samValue", code: "samAboveTam" }]);
    expect(marketSizeIssues(sourced(1_000, 200, 201))).toEqual([{ field: "somValue", code: "somAboveSam" }]);
  });

  it("compare SOM with TAM when SAM is missing", () => {
    expect(marketSizeIssues(sourced(100, null, 101))).toEqual([{ field: "somValue", code: "somAboveTam" }]);
    expect(marketSizeIssues(sourced(100, null, 100))).toEqual([]);
    expect(marketSizeIssues(sourced(null, null, 5))).toEqual([]);
  });
});

describe("market shares", () => {
  it("give SAM as a share of TAM and SOM as a share of SAM", () => {
    expect(marketShares({ tamValue: 2_000, samValue: 500, somValue: 25 })).toEqual({ samOfTam: 25, somOfSam: 5 });
  });

  it("are null instead of NaN or Infinity", () => {
    expect(marketShares({ tamValue: 0, samValue: 0, somValue: 0 })).toEqual({ samOfTam: null, somOfSam: null });
    expect(marketShares({ tamValue: null, samValue: 10, somValue: null })).toEqual({ samOfTam: null, somOfSam: null });
  });
});

const empty: MarketData = { research: null, size: null, segments: [], competitors: [], trends: [] };
const research = { objective: "Who buys contract review?", dataCollection: "20 interviews", analysis: "", findings: "  " };

describe("market facts", () => {
  it("are zero for an empty section", () => {
    expect(marketFactsOf(empty)).toEqual({ researchStepsDone: 0, segments: 0, competitors: 0, competitorsWithDifferentiation: 0, marketSizesWithSource: 0, trendNotes: 0, annualPricePerCustomer: null });
  });

  it("count written research steps, sourced sizes and differentiated competitors", () => {
    const facts = marketFactsOf({
      research,
      size: { ...sourced(1_000, 100, null), samSource: "", annualPricePerCustomer: 4_800 },
      segments: [{}, {}],
      competitors: [{ differentiation: "Chinese contract law focus" }, { differentiation: " " }, { differentiation: "" }],
      trends: [{ note: "" }],
    });
    expect(facts).toEqual({ researchStepsDone: 2, segments: 2, competitors: 3, competitorsWithDifferentiation: 1, marketSizesWithSource: 1, trendNotes: 1, annualPricePerCustomer: 4_800 });
  });
});

describe("market steps", () => {
  it("are incomplete when empty", () => {
    expect(marketStepCompletion(empty)).toEqual({ research: false, segments: false, competitors: false, size: false, trends: false });
  });

  it("complete when each area is filled", () => {
    const done = marketStepCompletion({
      research: { ...research, analysis: "Coded themes", findings: "Mid-size firms first" },
      size: sourced(1_000, 100, 10),
      segments: [{}],
      competitors: [{ differentiation: "Local law" }],
      trends: [{ note: "Cheaper inference lets us price per contract" }],
    });
    expect(done).toEqual({ research: true, segments: true, competitors: true, size: true, trends: true });
  });

  it("want a differentiation for every competitor and a note on a trend", () => {
    const partial = marketStepCompletion({ ...empty, competitors: [{ differentiation: "x" }, { differentiation: "" }], trends: [{ note: " " }] });
    expect(partial.competitors).toBe(false);
    expect(partial.trends).toBe(false);
  });
});

describe("catalogues", () => {
  it("have unique ids", () => {
    const applications = Object.values(APPLICATION_DOMAINS).flat();
    expect(new Set(applications).size).toBe(applications.length);
    expect(new Set(TREND_KEYS).size).toBe(TREND_KEYS.length);
  });
});

describe("market size input", () => {
  const sized = { tamValue: 1_000, tamSource: "Own count", samValue: null, samSource: "", somValue: null, somSource: "", basis: "" };
  it("accepts a record written before the price per customer existed, as 'not entered'", () => {
    expect(sizeFieldsSchema.parse(sized).annualPricePerCustomer).toBeNull();
  });
  it("keeps a price as typed and refuses one that is not a number or negative", () => {
    expect(sizeFieldsSchema.parse({ ...sized, annualPricePerCustomer: "1788" }).annualPricePerCustomer).toBe(1_788);
    expect(sizeFieldsSchema.safeParse({ ...sized, annualPricePerCustomer: "a lot" }).error?.issues[0]).toMatchObject({ path: ["annualPricePerCustomer"], message: "notANumber" });
    expect(sizeFieldsSchema.safeParse({ ...sized, annualPricePerCustomer: -1 }).success).toBe(false);
  });
});
