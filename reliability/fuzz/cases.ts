// The fuzz cases for one action, built around an input it accepts: whole-argument junk, missing
// fields, extra fields, and every field in turn set to wrong types, markup, oversize and odd strings.
import type { z } from "zod";
import { ODD_STRINGS, REFUSED_STRINGS, TOP_LEVEL, WRONG_TYPES, withExtraFields } from "./payloads";

export type FuzzCase = {
  label: string;
  /** "field": one field set to a wrong type, markup or oversize text (mostly refused by the schema). */
  kind: "argument" | "missing" | "field" | "text" | "id";
  payload: unknown;
  /** The field that was changed, if only one was: a validation failure must name it. */
  field?: string;
};

/** Fields that take free text: any plain sentence is accepted there. */
export function freeTextFields(schema: z.ZodType, base: Record<string, unknown>): string[] {
  return Object.keys(base).filter((key) => {
    if (typeof base[key] !== "string" || key === "projectId" || key === "teamId") return false;
    return schema.safeParse({ ...base, [key]: "Any plain sentence, 1 of 2." }).success;
  });
}

export function fuzzCases(schema: z.ZodType, base: Record<string, unknown>, required: string[]): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const [name, payload] of Object.entries(TOP_LEVEL)) cases.push({ label: `argument: ${name}`, kind: "argument", payload });
  cases.push({ label: "extra fields", kind: "argument", payload: withExtraFields(base) });

  for (const key of required) {
    const { [key]: _dropped, ...rest } = base;
    cases.push({ label: `missing ${key}`, kind: "missing", payload: rest, field: key });
  }

  for (const key of Object.keys(base)) {
    for (const [name, value] of Object.entries({ ...WRONG_TYPES, ...REFUSED_STRINGS })) {
      cases.push({ label: `${key}: ${name}`, kind: "field", payload: { ...base, [key]: value }, field: key });
    }
  }

  // Odd but legal text goes into every free-text field at once, so the handler stores it.
  const text = freeTextFields(schema, base);
  for (const [name, value] of Object.entries(ODD_STRINGS)) {
    if (text.length) cases.push({ label: `free text: ${name}`, kind: "text", payload: { ...base, ...Object.fromEntries(text.map((k) => [k, value])) } });
  }
  // …and into the ids, where it must find nothing rather than break a query.
  for (const key of Object.keys(base).filter((k) => k === "projectId" || k === "teamId" || k === "id" || k.endsWith("Id"))) {
    for (const name of ["sql", "nul", "loneSurrogate"] as const) {
      cases.push({ label: `${key}: ${name}`, kind: "id", payload: { ...base, [key]: ODD_STRINGS[name] }, field: key });
    }
  }
  return cases;
}
