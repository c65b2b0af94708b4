import { describe, expect, it } from "vitest";
import { creditOffsets, creditSchedule, monthBounds, type Credit } from "./credits";

// 3,000 of cloud and 1,000 of model-API spend every month, from December 2026.
const spend = { cloud: Array(6).fill(3_000), modelApi: Array(6).fill(1_000) };
const credit = (over: Partial<Credit>): Credit => ({ amount: 10_000, appliesTo: "any", startsOn: null, expiresOn: null, ...over });

describe("months", () => {
  it("are calendar months from the start month", () => {
    expect(monthBounds("2026-12", 0)).toEqual({ first: "2026-12-01", last: "2026-12-31" });
    expect(monthBounds("2026-12", 2)).toEqual({ first: "2027-02-01", last: "2027-02-28" });
    expect(monthBounds("2027-12", 2)).toEqual({ first: "2028-02-01", last: "2028-02-29" });
  });
});

describe("credit offsets", () => {
  it("pay the eligible spend until the credit is used up", () => {
    // 10,000 against 4,000 a month: 4,000, 4,000, then the last 2,000.
    const schedule = creditSchedule([credit({})], "2026-12", 5, spend);
    expect(schedule.offsets).toEqual([4_000, 4_000, 2_000, 0, 0]);
    expect(schedule.lastCoveredMonth).toBe(2);
    expect(creditOffsets([credit({})], "2026-12", 5, spend)).toEqual(schedule.offsets);
  });

  it("stop at expiry and report what was lost", () => {
    // 50,000 expiring on 31 Jan 2027 covers December and January only: 8,000 used, 42,000 lost.
    const schedule = creditSchedule([credit({ amount: 50_000, expiresOn: "2027-01-31" })], "2026-12", 4, spend);
    expect(schedule.offsets).toEqual([4_000, 4_000, 0, 0]);
    expect(schedule.expiredUnused).toEqual([42_000]);
  });

  it("do not count a month the credit lapses in", () => {
    // Expiring 15 Jan: January is not fully covered, so only December counts (46,000 lost).
    const schedule = creditSchedule([credit({ amount: 50_000, expiresOn: "2027-01-15" })], "2026-12", 3, spend);
    expect(schedule.offsets).toEqual([4_000, 0, 0]);
    expect(schedule.expiredUnused).toEqual([46_000]);
  });

  it("only pay for what they apply to, from the month they start", () => {
    // Cloud-only 5,000: 3,000 then 2,000 of cloud; model-API spend is never covered.
    expect(creditOffsets([credit({ amount: 5_000, appliesTo: "cloud" })], "2026-12", 3, spend)).toEqual([3_000, 2_000, 0]);
    expect(creditOffsets([credit({ amount: 5_000, appliesTo: "modelApi" })], "2026-12", 6, spend)).toEqual([1_000, 1_000, 1_000, 1_000, 1_000, 0]);
    expect(creditOffsets([credit({ startsOn: "2027-01-01" })], "2026-12", 4, spend)).toEqual([0, 4_000, 4_000, 2_000]);
  });

  it("use the credit that expires first before the one that does not", () => {
    // A (3,000, expires end of Jan) pays first in December, then B (10,000) pays 1,000 + 4,000 + 4,000 + 1,000.
    const schedule = creditSchedule([credit({ amount: 10_000 }), credit({ amount: 3_000, expiresOn: "2027-01-31" })], "2026-12", 5, spend);
    expect(schedule.offsets).toEqual([4_000, 4_000, 4_000, 1_000, 0]);
    expect(schedule.expiredUnused).toEqual([0, 0]);
  });
});
