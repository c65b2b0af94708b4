import { describe, expect, it } from "vitest";
import { MISSING_SECRET_MESSAGE, secretSource } from "./secret";

describe("secretSource", () => {
  it("uses AUTH_SECRET when set, in any environment", () => {
    expect(secretSource({ NODE_ENV: "production", AUTH_SECRET: " s3cret " })).toEqual({ kind: "env", secret: "s3cret" });
    expect(secretSource({ NODE_ENV: "development", AUTH_SECRET: "x" })).toEqual({ kind: "env", secret: "x" });
  });

  it("refuses a production server without AUTH_SECRET (each instance would sign with its own secret)", () => {
    expect(secretSource({ NODE_ENV: "production" })).toEqual({ kind: "refuse", message: MISSING_SECRET_MESSAGE });
    expect(secretSource({ NODE_ENV: "production", AUTH_SECRET: "  " }).kind).toBe("refuse");
    expect(MISSING_SECRET_MESSAGE).toContain("AUTH_SECRET");
  });

  it("keeps a generated local file only for the quick start and development; the build step signs nothing", () => {
    expect(secretSource({ NODE_ENV: "production", LAUNCHPAD_QUICK_START: "1" })).toEqual({ kind: "local-file" });
    expect(secretSource({ NODE_ENV: "development" })).toEqual({ kind: "local-file" });
    expect(secretSource({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toEqual({ kind: "build" });
    expect(secretSource({ NODE_ENV: "production", LAUNCHPAD_QUICK_START: "0" }).kind).toBe("refuse");
  });
});
