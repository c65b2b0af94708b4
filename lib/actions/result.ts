// Every server action returns one of these. `code` is a stable message key, translated on the
// client ("errors.<code>"); field errors carry a key and its values for interpolation.
import type { z } from "zod";

export type FieldError = { code: string; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldError>;

export type ActionFailure = {
  ok: false;
  code: string;
  fieldErrors?: FieldErrors;
  /** On "conflict": what is stored now, so the user can compare and choose. */
  current?: unknown;
};
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function fail(code: string, extra: Omit<ActionFailure, "ok" | "code"> = {}): ActionFailure {
  return { ok: false, code, ...extra };
}

export const notFound = () => fail("notFound");
export const forbidden = () => fail("forbidden");

/** Turns zod issues into translated-key field errors, one per field (the first). */
export function invalid(error: z.ZodError): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    if (!fieldErrors[key]) fieldErrors[key] = fieldErrorOf(issue);
  }
  return fail("validation", { fieldErrors });
}

function fieldErrorOf(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string"
        ? { code: "tooLong", values: { max: Number(issue.maximum) } }
        : issue.origin === "array"
          ? { code: "tooMany", values: { max: Number(issue.maximum) } }
          : { code: "tooLarge", values: { max: Number(issue.maximum) } };
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? { code: "required" } : { code: "tooShort", values: { min: Number(issue.minimum) } };
      }
      return issue.origin === "array" ? { code: "required" } : { code: "tooSmall", values: { min: Number(issue.minimum) } };
    case "invalid_value":
      return { code: "invalidOption" };
    case "invalid_format":
      return { code: issue.format === "email" ? "invalidEmail" : "invalidFormat" };
    case "custom":
      return { code: issue.message || "invalid" };
    case "invalid_type": {
      // zod 4 leaves `input` out of issues unless asked to report it; its message still says
      // what it received.
      const missing = "input" in issue ? issue.input === undefined : /received undefined/i.test(issue.message);
      if (missing) return { code: "required" };
      if (issue.expected === "int") return { code: "wholeNumber" };
      return { code: issue.expected === "number" ? "notANumber" : "invalid" };
    }
    default:
      return { code: "invalid" };
  }
}
