import { describe, expect, it } from "vitest";
import { distinctToneSlots, initials, PRESENCE_WINDOW_MS, presentSince, toneSlot } from "./model";

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

describe("avatar colours", () => {
  it("keep a person's own stable colour unless someone with the same initials has it", () => {
    // Ids chosen so both land on the same slot of 6.
    const ids = Array.from({ length: 200 }, (_, i) => `user-${i}`);
    const [a, b] = ids.filter((id) => toneSlot(id, 6) === toneSlot(ids[0], 6));
    const slots = distinctToneSlots([{ userId: a, name: "Li Wei" }, { userId: b, name: "Lin Wang" }], 6);
    expect(slots.get(a)).toBe(toneSlot(a, 6));
    expect(slots.get(b)).toBe((toneSlot(b, 6) + 1) % 6);
    // Different initials may share a colour: the letters already tell them apart.
    const apart = distinctToneSlots([{ userId: a, name: "Li Wei" }, { userId: b, name: "Ana Diaz" }], 6);
    expect(apart.get(a)).toBe(apart.get(b));
  });

  it("give six people with the same initials six colours", () => {
    const people = Array.from({ length: 6 }, (_, i) => ({ userId: `u${i}`, name: "Li Wei" }));
    expect(new Set(distinctToneSlots(people, 6).values()).size).toBe(6);
  });
});
