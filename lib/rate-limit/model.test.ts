import { describe, expect, it } from "vitest";
import { backoffSeconds, isOverLimit, PASSCODE_BACKOFF } from "./model";

describe("backoffSeconds", () => {
  it("lets the first few wrong passcodes through without delay", () => {
    for (let n = 0; n < PASSCODE_BACKOFF.free; n++) expect(backoffSeconds(n)).toBe(0);
  });

  it("doubles the wait with every further failure, up to the cap", () => {
    const f = PASSCODE_BACKOFF.free;
    expect(backoffSeconds(f)).toBe(PASSCODE_BACKOFF.baseSeconds);
    expect(backoffSeconds(f + 1)).toBe(2 * PASSCODE_BACKOFF.baseSeconds);
    expect(backoffSeconds(f + 2)).toBe(4 * PASSCODE_BACKOFF.baseSeconds);
    expect(backoffSeconds(f + 40)).toBe(PASSCODE_BACKOFF.maxSeconds);
  });
});

describe("isOverLimit", () => {
  it("allows exactly max attempts in a window", () => {
    expect(isOverLimit(10, { max: 10, windowSeconds: 60 })).toBe(false);
    expect(isOverLimit(11, { max: 10, windowSeconds: 60 })).toBe(true);
  });
});
