import { describe, expect, it } from "vitest";
import { compareMembers, wouldLeaveNoOwner } from "./model";

describe("wouldLeaveNoOwner", () => {
  it("refuses to demote or remove the last owner", () => {
    expect(wouldLeaveNoOwner(1, "OWNER", "EDITOR")).toBe(true);
    expect(wouldLeaveNoOwner(1, "OWNER", null)).toBe(true);
  });
  it("allows it when another owner remains", () => {
    expect(wouldLeaveNoOwner(2, "OWNER", "VIEWER")).toBe(false);
    expect(wouldLeaveNoOwner(2, "OWNER", null)).toBe(false);
  });
  it("never blocks changes to non-owners or keeping an owner an owner", () => {
    expect(wouldLeaveNoOwner(1, "EDITOR", null)).toBe(false);
    expect(wouldLeaveNoOwner(1, "VIEWER", "OWNER")).toBe(false);
    expect(wouldLeaveNoOwner(1, "OWNER", "OWNER")).toBe(false);
  });
});

describe("compareMembers", () => {
  it("lists owners first, then by role, then by name", () => {
    const sorted = [
      { role: "VIEWER" as const, name: "Al" },
      { role: "EDITOR" as const, name: "Zed" },
      { role: "OWNER" as const, name: "Mo" },
      { role: "EDITOR" as const, name: "Bea" },
    ].sort(compareMembers);
    expect(sorted.map((m) => m.name)).toEqual(["Mo", "Bea", "Zed", "Al"]);
  });
});
