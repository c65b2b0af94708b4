import { describe, expect, it } from "vitest";
import { sameValue, threeWayMerge } from "./three-way-merge";

const base = { title: "GPU price spike", mitigation: "", contingency: "", ownerMemberId: null as string | null, nextReview: "" as string | null };

describe("threeWayMerge", () => {
  it("keeps both editors' work when they changed different fields (A: contingency, B: mitigation)", () => {
    const mine = { ...base, mitigation: "Reserve capacity" };
    const theirs = { ...base, contingency: "Switch provider", ownerMemberId: null, nextReview: null };
    expect(threeWayMerge(base, mine, theirs)).toEqual({ merged: { ...base, mitigation: "Reserve capacity", contingency: "Switch provider" }, conflicts: [] });
  });

  it("reports only a field both changed to different values", () => {
    const mine = { ...base, mitigation: "Reserve capacity", title: "GPU prices triple" };
    const theirs = { ...base, mitigation: "Second provider", contingency: "Cut free tier" };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual(["mitigation"]);
    // My value stays in place until the user decides; their other field is taken, my other field kept.
    expect(result.merged).toMatchObject({ mitigation: "Reserve capacity", contingency: "Cut free tier", title: "GPU prices triple" });
  });

  it("is no conflict when both made the same change", () => {
    expect(threeWayMerge(base, { ...base, mitigation: "Same" }, { ...base, mitigation: "Same" }).conflicts).toEqual([]);
  });

  it("treats null from the server and an empty form field as the same value", () => {
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue(undefined, "")).toBe(true);
    expect(sameValue("", "x")).toBe(false);
    expect(threeWayMerge(base, base, { ...base, ownerMemberId: null, nextReview: null }).conflicts).toEqual([]);
  });

  it("without a known base, every field that differs is a conflict", () => {
    expect(threeWayMerge(null, { ...base, mitigation: "a" }, { ...base, mitigation: "b", contingency: "c" }).conflicts).toEqual(["mitigation", "contingency"]);
  });

  it("compares lists and objects by value", () => {
    const b = { roles: ["pm"], skills: { ml: 1 } };
    expect(threeWayMerge(b, { roles: ["pm", "ds"], skills: { ml: 1 } }, { roles: ["pm"], skills: { ml: 2 } })).toEqual({ merged: { roles: ["pm", "ds"], skills: { ml: 2 } }, conflicts: [] });
  });
});
