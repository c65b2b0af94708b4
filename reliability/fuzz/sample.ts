// A valid input for a zod schema, derived from its JSON Schema and checked with the schema itself,
// so each action can be fuzzed one field at a time around an input it accepts.
import { z } from "zod";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = {
  type?: string | string[];
  enum?: Json[];
  const?: Json;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
  required?: string[];
  default?: Json;
};

// A date far enough ahead for "must be in the future" rules and late enough for "end after start".
const FUTURE_DATE = "2031-06-15";

function sampleString(node: Node): string {
  if (node.format === "date") return FUTURE_DATE;
  if (node.format === "date-time" || node.format === "datetime") return `${FUTURE_DATE}T09:00:00.000Z`;
  if (node.format === "email") return "fuzz@example.test";
  if (node.format === "uri" || node.format === "url") return "https://example.test/";
  const text = "Fuzz sample";
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? 1000;
  const padded = text.length >= min ? text : text.padEnd(min, "x");
  return padded.slice(0, Math.max(min, Math.min(max, padded.length)));
}

function sampleNumber(node: Node): number {
  const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : undefined);
  let value = 1;
  if (low !== undefined && value < low) value = low;
  if (node.maximum !== undefined && value > node.maximum) value = node.maximum;
  return node.type === "integer" ? Math.ceil(value) : value;
}

export function sampleJson(node: Node | undefined): Json {
  if (!node) return null;
  if (node.const !== undefined) return node.const;
  if (node.enum?.length) return node.enum[0];
  const options = node.anyOf ?? node.oneOf;
  // Prefer a concrete option over "" / null so the handler has something to store.
  if (options?.length) return sampleJson(options.find((o) => o.type !== "null" && o.const !== "") ?? options[0]);
  if (node.allOf?.length) return sampleJson(node.allOf[0]);
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== "null") : node.type;
  switch (type) {
    case "string":
      return sampleString(node);
    case "number":
    case "integer":
      return sampleNumber(node);
    case "boolean":
      return false;
    case "null":
      return null;
    case "array":
      return Array.from({ length: node.minItems ?? 0 }, () => sampleJson(node.items));
    case "object":
    case undefined: {
      if (!node.properties) return node.default ?? (type === "object" ? {} : null);
      return Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, sampleJson(child)]));
    }
    default:
      return null;
  }
}

export type ObjectShape = { properties: Record<string, Node>; required: string[] };

/** The fields of an object schema (for a union of objects, e.g. a discriminated union: its first member). */
export function inputShape(schema: z.ZodType): ObjectShape {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", reused: "inline" }) as Node;
  const object = json.properties ? json : ((json.anyOf ?? json.oneOf)?.find((option) => option.properties) ?? json);
  return { properties: object.properties ?? {}, required: object.required ?? [] };
}

/** Fields that name a stored record ("riskId", "id"); the project and team ids are given by the caller. */
export function isRecordIdKey(key: string): boolean {
  return (key === "id" || key.endsWith("Id")) && key !== "projectId" && key !== "teamId";
}

// Values tried, in order, for a field whose sample the schema refuses (a regex, a refinement).
const REPAIRS: Json[] = ["Fuzz sample", "", null, 1, 0, 10, true, false, FUTURE_DATE, FUTURE_DATE.slice(0, 7), "fuzz@example.test", [], "AbcdEf123456", "a".repeat(43)];

/**
 * An input the schema accepts, or the closest one found (some inputs need ids of real rows, which
 * the caller fills in). Optional fields that cannot be made valid are left out.
 */
export function validInput(schema: z.ZodType, fixed: Record<string, Json>): Record<string, Json> {
  const shape = inputShape(schema);
  const input: Record<string, Json> = {};
  for (const [key, node] of Object.entries(shape.properties)) {
    // An optional reference to another record is left out: a made-up id would only be refused.
    const optionalReference = isRecordIdKey(key) && !shape.required.includes(key) && !node.enum;
    if (!optionalReference) input[key] = sampleJson(node);
  }
  for (const [key, value] of Object.entries(fixed)) if (key in shape.properties) input[key] = value;
  for (let round = 0; round < 4; round++) {
    const parsed = schema.safeParse(input);
    if (parsed.success) return input;
    const broken = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? "")).filter((key) => key && !(key in fixed)));
    if (broken.size === 0) return input;
    for (const key of broken) {
      const repaired = REPAIRS.find((candidate) => {
        const attempt = { ...input, [key]: candidate };
        const result = schema.safeParse(attempt);
        return result.success || !result.error.issues.some((issue) => issue.path[0] === key);
      });
      if (repaired !== undefined) input[key] = repaired;
      else if (!shape.required.includes(key)) delete input[key];
    }
  }
  return input;
}

export type { Json };
