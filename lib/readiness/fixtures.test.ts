import { describe, expect, it } from "vitest";
import { CALIBRATION_FIXTURES, fixtureInput } from "./fixtures";
import { computeReadiness } from "./model";
import { BANDS } from "./rubric";

const byName = (name: string) => {
  const f = CALIBRATION_FIXTURES.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return { fixture: f, result: computeReadiness(fixtureInput(f)) };
};
const criterion = (r: ReturnType<typeof computeReadiness>, id: string) => r.criteria.find((c) => c.id === id);
const bandRank = (band: string) => BANDS.length - BANDS.findIndex((b) => b.id === band);

describe("calibration fixtures", () => {
  it("has weak, medium and strong plans at two stages", () => {
    expect(CALIBRATION_FIXTURES.map((f) => f.name).sort()).toEqual(["prototype-medium", "prototype-strong", "prototype-weak", "revenue-medium", "revenue-strong", "revenue-weak"]);
  });

  for (const f of CALIBRATION_FIXTURES) {
    it(`${f.name} (${f.stage}) gets the band "${f.band}"`, () => {
      expect(computeReadiness(fixtureInput(f)).band).toBe(f.band);
    });
  }

  it("orders weak < medium < strong at each stage, by total and by band", () => {
    for (const stage of ["prototype", "revenue"]) {
      const [weak, medium, strong] = ["weak", "medium", "strong"].map((level) => byName(`${stage}-${level}`).result);
      expect(weak.total).toBeLessThan(medium.total);
      expect(medium.total).toBeLessThan(strong.total);
      expect(bandRank(weak.band)).toBeLessThan(bandRank(strong.band));
    }
  });

  it("pins the hand-computed totals", () => {
    expect(Object.fromEntries(CALIBRATION_FIXTURES.map((f) => [f.name, computeReadiness(fixtureInput(f)).total]))).toEqual({
      "prototype-strong": 96.6,
      "prototype-medium": 59.7,
      "prototype-weak": 18.7,
      "revenue-strong": 98.7,
      "revenue-medium": 75.5,
      "revenue-weak": 58.5,
    });
  });

  it("scores the box-filling plan below 65 at the revenue stage, and says why", () => {
    const { result } = byName("revenue-weak");
    expect(result.band).toBe("developing");
    expect(result.stage).toBe("REVENUE");
    // The founders' own weak verdicts count.
    expect(criterion(result, "B3")).toMatchObject({ rating: 1, reasonKey: "B3.weakVerdict" });
    expect(criterion(result, "C2")).toMatchObject({ rating: 1, reasonKey: "C2.weakVerdict" });
    // One note per block is not full marks; all risks in one band is not prioritising.
    expect(criterion(result, "C4")).toMatchObject({ rating: 1, reasonKey: "C4.thin", values: { channels: 1, retention: 1 } });
    expect(criterion(result, "G2")).toMatchObject({ rating: 1, reasonKey: "G2.allAlike" });
    // No revenue at the revenue stage.
    expect(criterion(result, "H1")).toMatchObject({ rating: 0, reasonKey: "H1.noRevenue", values: { customers: 0, revenue: 0, min: 3 } });
    // A project manager is core from the revenue stage: the product manager no longer stands in.
    expect(criterion(result, "A3")).toMatchObject({ rating: 1, reasonKey: "A3.planned" });
    expect(result.inconsistencies.map((x) => [x.id, x.penalty])).toEqual([
      ["needVsBurn", 3],
      ["raiseAfterCashOut", 3],
      ["milestonesAfterCashOut", 3],
      ["hiresWithoutBudget", 3],
    ]);
    expect(result.inconsistencies[0].values).toEqual({ need: 300_000, burn: 40_000, months: 7, min: 12 });
    expect(result.inconsistencies[1]).toMatchObject({ values: { cashOut: "2027-09", round: "2027-12" }, places: [{ section: "funding", step: "rounds" }, { section: "business-model", step: "burn" }] });
    expect(result.penalty).toBe(12);
  });

  it("accepts the product manager as coordinator at the prototype stage and pilots as traction", () => {
    const { result } = byName("prototype-medium");
    expect(criterion(result, "A3")).toMatchObject({ rating: 2, reasonKey: "A3.productManagerCovers" });
    expect(criterion(result, "H1")).toMatchObject({ rating: 2, reasonKey: "H1.pilotsOrLois" });
    expect(criterion(result, "B3")).toMatchObject({ rating: 1, reasonKey: "B3.someDifferentiated" });
    expect(criterion(result, "C1")).toMatchObject({ rating: 1, reasonKey: "C1.weakAdvantage" });
    expect(result.sections.find((s) => s.id === "traction")).toMatchObject({ weight: 10, points: 3, maxPoints: 4, score: 7.5 });
    expect(result.inconsistencies).toEqual([]);
  });

  it("holds a plan below 'ready' while its founders rate a direction test weak, and says so", () => {
    const { fixture, result: strong } = byName("prototype-strong");
    expect(strong.cap).toBeNull();
    const weak = computeReadiness({ ...fixtureInput(fixture), facts: { ...fixture.facts, businessModel: { ...fixture.facts.businessModel, directionVerdicts: { ...fixture.facts.businessModel.directionVerdicts, competitiveAdvantage: "weak" } } } });
    // B3 and C1 drop to 1 (−1.35 each): 96.625 − 2.7 = 93.925 → 93.9, held at 84.9.
    expect(weak.cap).toEqual({ id: "weakDirection", max: 84.9, uncapped: 93.9, tests: ["competitiveAdvantage"] });
    expect(weak.total).toBe(84.9);
    expect(weak.band).toBe("nearlyReady");
  });

  it("gives the same facts a different band by stage: traction expected at the revenue stage", () => {
    const { fixture } = byName("prototype-medium");
    const asRevenue = computeReadiness({ ...fixtureInput(fixture), stage: "REVENUE" });
    const asPrototype = computeReadiness(fixtureInput(fixture));
    expect(asRevenue.total).toBeLessThan(asPrototype.total);
    expect(criterion(asRevenue, "H1")).toMatchObject({ rating: 0, reasonKey: "H1.noRevenue" });
  });
});
