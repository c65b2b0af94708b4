import { describe, expect, it } from "vitest";
import { formatCompact, formatInstant, formatMoney, formatMonth, formatPercent } from "./format";

describe("formatMoney", () => {
  it("keeps cents with thousands separators, whatever the size", () => {
    // $299 − $32.40 = $266.60: before, amounts of 100 or more were rounded to "$267".
    expect(formatMoney(299 - 32.4, "en", "USD")).toBe("$266.60");
    expect(formatMoney(1_234_567.8, "en", "USD")).toBe("$1,234,567.80");
    expect(formatMoney(12_345.6, "en-US", "USD")).toBe("$12,345.60");
    expect(formatMoney(2_000_000, "zh-CN", "CNY")).toBe("¥2,000,000.00");
    expect(formatMoney(-11_500, "en", "USD")).toBe("-$11,500.00");
  });
  it("shows each project's currency symbol in either language", () => {
    expect(formatMoney(1500, "en", "CNY")).toBe("¥1,500.00");
    expect(formatMoney(299, "zh-CN", "USD")).toBe("$299.00");
  });
  it("keeps three significant digits for amounts under one unit (a cost per request)", () => {
    expect(formatMoney(0.0144, "en", "USD")).toBe("$0.0144");
    expect(formatMoney(0.003128, "en-US", "USD")).toBe("$0.00313");
    expect(formatMoney(0.0409, "zh-CN", "CNY")).toBe("¥0.0409");
    expect(formatMoney(0.5, "en", "USD")).toBe("$0.50");
    // No padding to significant digits, no collapse to zero: 0.002 is "$0.002", not "$0.0020" or "$0.00".
    expect(formatMoney(0.002, "en", "USD")).toBe("$0.002");
    expect(formatMoney(0.00999, "en", "USD")).toBe("$0.00999");
    expect(formatMoney(0, "en", "USD")).toBe("$0.00");
  });
  it("shows a dash for an unknown amount", () => {
    expect(formatMoney(Number.NaN, "en", "USD")).toBe("—");
    expect(formatMoney(null, "en", "USD")).toBe("—");
  });
});

describe("formatMonth", () => {
  it("names a calendar month in the reader's language", () => {
    expect(formatMonth("2028-02", "en")).toBe("Feb 2028");
    expect(formatMonth("2028-02", "zh-CN")).toBe("2028年2月");
  });
});

describe("percent, compact counts and instants", () => {
  it("shows a 0–100 share as a percentage with one decimal at most", () => {
    expect(formatPercent(12.5, "en")).toBe("12.5%");
    expect(formatPercent(66.666, "zh-CN")).toBe("66.7%");
    expect(formatPercent(null, "en")).toBe("—");
    expect(formatPercent(Number.POSITIVE_INFINITY, "en")).toBe("—");
  });
  it("shortens large counts for chart axes in each language", () => {
    expect(formatCompact(12_000, "en")).toBe("12K");
    expect(formatCompact(1_500_000, "en")).toBe("1.5M");
    expect(formatCompact(12_000, "zh-CN")).toBe("1.2万");
  });
  it("names an instant in the zone it is given, not the server's", () => {
    const instant = new Date("2027-03-01T23:30:00.000Z");
    expect(formatInstant(instant, "en-GB", "Asia/Shanghai")).toBe("2 Mar 2027, 07:30");
    expect(formatInstant(instant, "en-GB", "UTC")).toBe("1 Mar 2027, 23:30");
  });
});
