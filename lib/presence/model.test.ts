import { describe, expect, it } from "vitest";
import { initials, PRESENCE_WINDOW_MS, presentSince } from "./model";

describe("presence", () => {
  it("counts anyone heard from in the last 45 seconds", () => {
    const now = new Date("2026-11-27T10:00:45Z");
    expect(presentSince(now).toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(PRESENCE_WINDOW_MS).toBe(45_000);
  });
  it("makes initials from latin and Chinese names", () => {
    expect(initials("Ada Lovelace")).toBe("AL");
    expect(initials("ada  de  la  Cruz")).toBe("AC");
    expect(initials("张伟")).toBe("张伟");
    expect(initials("Madonna")).toBe("MA");
    expect(initials("   ")).toBe("?");
  });
});
