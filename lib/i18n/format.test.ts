import { describe, expect, it } from "vitest";
import { formatPreciseMoney } from "./format";

describe("formatPreciseMoney", () => {
  it("keeps three significant digits below 1,000 and whole units above", () => {
    expect(formatPreciseMoney(0.003128, "en-US", "USD")).toBe("$0.00313");
    expect(formatPreciseMoney(17.5, "en-US", "USD")).toBe("$17.5");
    expect(formatPreciseMoney(12_345.6, "en-US", "USD")).toBe("$12,346");
    expect(formatPreciseMoney(0.0409, "zh-CN", "CNY")).toBe("¥0.0409");
    expect(formatPreciseMoney(null, "en-US")).toBe("—");
    expect(formatPreciseMoney(Number.NaN, "en-US")).toBe("—");
  });
});
