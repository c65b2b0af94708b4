import { describe, expect, it } from "vitest";
import { displayMoneyText, moneySeparators, parseMoneyText } from "./money-text";

const en = moneySeparators("en", "USD");
const zh = moneySeparators("zh-CN", "CNY");

describe("money text", () => {
  it("knows each currency's symbol and the locale's separators", () => {
    expect(en).toEqual({ group: ",", decimal: ".", symbol: "$" });
    expect(zh).toEqual({ group: ",", decimal: ".", symbol: "¥" });
  });

  it("groups thousands while typing and pads cents when the field is left", () => {
    expect(displayMoneyText("1234567.8", en, false)).toBe("1,234,567.8");
    expect(displayMoneyText("1234567.8", en, true)).toBe("1,234,567.80");
    expect(displayMoneyText("1234.", en, false)).toBe("1,234.");
    expect(displayMoneyText("12", en, true)).toBe("12.00");
    expect(displayMoneyText(".5", en, true)).toBe("0.50");
    expect(displayMoneyText("", en, true)).toBe("");
  });

  it("never drops decimals: sub-cent prices stay as typed", () => {
    expect(displayMoneyText("0.0144", en, true)).toBe("0.0144");
    expect(parseMoneyText("0.0144", en, false)).toEqual({ plain: "0.0144", valid: true });
  });

  it("reads typed text with separators anywhere, and pasted text only with well-placed ones", () => {
    expect(parseMoneyText("1,234,5678", en, false)).toEqual({ plain: "12345678", valid: true });
    expect(parseMoneyText("1,234.50", en, true)).toEqual({ plain: "1234.50", valid: true });
    expect(parseMoneyText("$1,234.50", en, true)).toEqual({ plain: "1234.50", valid: true });
    expect(parseMoneyText("¥ 2,000,000", zh, true)).toEqual({ plain: "2000000", valid: true });
    // "1,23" could mean 1.23 or 123: it stays as pasted and the field says it is not a number.
    expect(parseMoneyText("1,23", en, true)).toEqual({ plain: "1,23", valid: false });
  });

  it("keeps text that is not a number exactly as typed", () => {
    expect(parseMoneyText("12abc", en, false)).toEqual({ plain: "12abc", valid: false });
    expect(parseMoneyText("1.2.3", en, false)).toEqual({ plain: "1.2.3", valid: false });
    expect(parseMoneyText("-5", en, false)).toEqual({ plain: "-5", valid: false });
    expect(parseMoneyText("  ", en, false)).toEqual({ plain: "", valid: true });
  });
});
