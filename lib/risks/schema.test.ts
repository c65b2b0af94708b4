import { describe, expect, it } from "vitest";
import { invalid } from "@/lib/actions/result";
import { createRiskSchema, updateRiskSchema } from "./schema";

const valid = { projectId: "p1", title: "Provider raises prices", category: "providerDependency", likelihood: 3, impact: 4, response: "mitigate", mitigation: "", contingency: "", status: "open", description: "" };

function errors(input: unknown) {
  const parsed = createRiskSchema.safeParse(input);
  return parsed.success ? {} : invalid(parsed.error).fieldErrors;
}

describe("risk schema", () => {
  it("accepts a valid risk and normalises empty owner and date to null", () => {
    const parsed = createRiskSchema.parse({ ...valid, ownerMemberId: "", nextReview: "" });
    expect(parsed).toMatchObject({ ownerMemberId: null, nextReview: null, templateId: null, likelihood: 3 });
  });

  it("refuses ratings off the 1–5 scale", () => {
    expect(errors({ ...valid, likelihood: 0 })).toMatchObject({ likelihood: { code: "tooSmall", values: { min: 1 } } });
    expect(errors({ ...valid, impact: 9 })).toMatchObject({ impact: { code: "tooLarge", values: { max: 5 } } });
    expect(errors({ ...valid, impact: 2.5 })).toHaveProperty("impact");
  });

  it("refuses unknown categories, statuses, responses and templates", () => {
    expect(errors({ ...valid, category: "aliens", status: "gone", response: "pray", templateId: "nope" })).toMatchObject({
      category: { code: "invalidOption" },
      status: { code: "invalidOption" },
      response: { code: "invalidOption" },
      templateId: { code: "invalidOption" },
    });
  });

  it("refuses long text, keeps tags as text, and requires a title", () => {
    expect(errors({ ...valid, description: "x".repeat(10_000) })).toMatchObject({ description: { code: "tooLong", values: { max: 2000 } } });
    expect(errors({ ...valid, mitigation: "<b>bold</b>" })).not.toHaveProperty("mitigation");
    expect(errors({ ...valid, title: "   " })).toMatchObject({ title: { code: "required" } });
    expect(errors({ ...valid, nextReview: "2026-02-30" })).toHaveProperty("nextReview");
  });

  it("needs a version to update", () => {
    expect(updateRiskSchema.safeParse({ ...valid, riskId: "r1" }).success).toBe(false);
    expect(updateRiskSchema.safeParse({ ...valid, riskId: "r1", version: 1 }).success).toBe(true);
  });
});
