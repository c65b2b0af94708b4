import { describe, expect, it } from "vitest";
import { stepFrom } from "./step-param";

describe("stepFrom", () => {
  const steps = ["plan", "rounds", "uses"] as const;
  it("keeps a known step and falls back to the first for anything else", () => {
    expect(stepFrom(steps, "rounds")).toBe("rounds");
    expect(stepFrom(steps, undefined)).toBe("plan");
    expect(stepFrom(steps, "../admin")).toBe("plan");
    expect(stepFrom(steps, ["rounds"])).toBe("plan");
  });
});
