import { describe, expect, it } from "vitest";
import { z } from "zod";
import { intField, moneyField, nameField } from "@/lib/validation/fields";
import { invalid } from "./result";

const schema = z.object({ name: nameField(10), amount: moneyField, count: intField(0, 5), kind: z.enum(["a", "b"]) });

function errorsOf(input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected a failure");
  return invalid(parsed.error).fieldErrors;
}

describe("field errors from zod", () => {
  it("tells a missing field from a wrong one", () => {
    expect(errorsOf({})).toMatchObject({ name: { code: "required" }, amount: { code: "notANumber" }, kind: { code: "invalidOption" } });
    expect(errorsOf({ name: 5, amount: "abc", count: 1.5, kind: "c" })).toEqual({
      name: { code: "invalid" },
      amount: { code: "notANumber" },
      count: { code: "wholeNumber" },
      kind: { code: "invalidOption" },
    });
  });

  it("carries limits for interpolation and keeps text with tags as typed", () => {
    expect(errorsOf({ name: "x".repeat(11), amount: -1, count: 9, kind: "a" })).toEqual({
      name: { code: "tooLong", values: { max: 10 } },
      amount: { code: "tooSmall", values: { min: 0 } },
      count: { code: "tooLarge", values: { max: 5 } },
    });
    expect(schema.parse({ name: "<b>hi</b>", amount: 1, count: 1, kind: "a" })).toMatchObject({ name: "<b>hi</b>" });
  });
});
