import { describe, expect, it } from "vitest";
import { formatMoney, formatMonth } from "./format";

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
