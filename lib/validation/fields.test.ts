import { describe, expect, it } from "vitest";
import { longText, nameField } from "./fields";

describe("text fields", () => {
  it("store any text as typed, tags and comparisons included (only the ends are trimmed)", () => {
    for (const text of ["Ship when CAC < LTV/3", "latency <200 ms at p95", "<b>bold</b>", "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "<!-- hidden -->", "&lt;b&gt;"]) {
      expect(longText().parse(text), text).toBe(text);
    }
    expect(longText().parse("  padded\n")).toBe("padded");
  });

  it("refuse text PostgreSQL cannot store, and over-long text instead of cutting it", () => {
    expect(longText().safeParse("nul\u0000byte").success).toBe(false);
    expect(longText().safeParse("broken \uD800 surrogate").success).toBe(false);
    expect(longText(10).safeParse("x".repeat(11)).success).toBe(false);
    expect(nameField().safeParse("   ").success).toBe(false);
  });
});
