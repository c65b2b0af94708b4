import { describe, expect, it } from "vitest";
import { longText, MARKUP } from "./fields";

describe("MARKUP", () => {
  it("lets ordinary text with angle brackets through", () => {
    for (const text of ["Ship when CAC < LTV/3", "latency <200 ms at p95", "x -> y", "<3 the pilots", "margin <= 40%", "a<b", "CAC < LTV and churn < 3%"]) {
      expect(MARKUP.test(text), text).toBe(false);
    }
  });

  it("refuses complete HTML tags, comments and declarations, however spaced or cased", () => {
    for (const text of ["<b>bold</b>", "<script>alert(1)</script>", "< script >alert(1)</ script >", "<SCRIPT SRC=//evil.test/x.js></SCRIPT>", '<img src=x onerror="alert(1)">', "<br/>", "<!-- hidden -->", "<!DOCTYPE html>", "<?xml version"]) {
      expect(MARKUP.test(text), text).toBe(true);
    }
  });

  it("stores the founder's comparison verbatim", () => {
    expect(longText().parse("Ship when CAC < LTV/3")).toBe("Ship when CAC < LTV/3");
    expect(longText().safeParse("<b>x</b>").success).toBe(false);
  });
});
