// Helpers for the section's forms: stored numbers shown in text inputs, and field-by-field
// parsing with the same zod schemas the server uses, for instant errors and the live preview.
import type { z } from "zod";
import { invalid, type FieldError, type FieldErrors } from "@/lib/actions/result";

/** A value as a text input shows it: unknown → "". */
export function asInput(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Parses each field on its own, so one bad field does not blank the whole preview: valid fields
 * are used, invalid ones fall back to `fallback` and report their error (a validation.* key).
 */
export function parseFields<T extends Record<string, unknown>>(schema: z.ZodObject, values: Record<string, unknown>, fallback: T): { data: T; errors: FieldErrors } {
  const data: Record<string, unknown> = { ...fallback };
  const errors: FieldErrors = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const parsed = fieldSchema.safeParse(values[field]);
    if (parsed.success) data[field] = parsed.data;
    else errors[field] = Object.values(invalid(parsed.error).fieldErrors ?? {})[0] as FieldError;
  }
  return { data: data as T, errors };
}
