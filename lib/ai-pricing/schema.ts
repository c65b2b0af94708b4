import { z } from "zod";
import { numberInput } from "@/lib/platform/schema";
import { dateField, idField, LIMITS, longText, nameField, shortText, versionField } from "@/lib/validation/fields";
import { CREDIT_SCOPES } from "./credits";
import { MODEL_KEY_PATTERN, PRICE_CURRENCIES } from "./model";
import { USAGE_SHAPES } from "./usage";
import { REVENUE_MODELS } from "@/lib/plan/facts";

/** Prices per 1M tokens: generous bounds, but never negative, NaN or Infinity. */
export const MAX_PRICE_PER_M = 10_000;
export const MAX_ROUTES = 12;
export const MAX_TOKENS_PER_REQUEST = 10_000_000;
export const MAX_REQUESTS = 1e9;
export const MAX_USERS = 1e10;
export const MAX_GPUS = 100_000;
export const MAX_HOURLY_PRICE = 1_000_000;
export const MAX_TOKENS_PER_SECOND = 1e9;

const NOTE = 2000;

/** Like numberInput, but an empty field (or null) means "not given". */
const optionalNumberInput = z.union([z.number(), z.string(), z.null()]).transform((v, ctx) => {
  if (v === null || (typeof v === "string" && v.trim() === "")) return null;
  const value = typeof v === "number" ? v : Number(v);
  if (Number.isFinite(value)) return value;
  ctx.addIssue({ code: "custom", message: "notANumber" });
  return z.NEVER;
});

const number = (min: number, max: number) => numberInput.pipe(z.number().min(min).max(max));
const optionalNumber = (min: number, max: number) => optionalNumberInput.pipe(z.number().min(min).max(max).nullable());
const percent = number(0, 100);

export const modelKeyField = z.string().max(81).regex(MODEL_KEY_PATTERN, { message: "invalidFormat" });
const urlField = z
  .string()
  .trim()
  .max(500)
  .refine((s) => s === "" || /^https?:\/\/[^\s<>"]+$/i.test(s), { message: "invalidUrl" })
  .default("");

// ── the shipped price book file ─────────────────────────────────────────────────────────────

const price = z.number().min(0).max(MAX_PRICE_PER_M);

export const shippedPriceSchema = z
  .strictObject({
    id: modelKeyField,
  provider: z.string().min(1).max(120),
  model: z.string().min(1).max(120),
    market: z.enum(["us", "cn", "eu"]),
    tier: z.enum(["small", "large"]),
  currency: z.enum(PRICE_CURRENCIES),
  inputPerM: price,
  cachedInputPerM: price.nullable(),
  outputPerM: price,
  batchDiscountPct: z.number().min(0).max(100).nullable(),
  asOf: z.iso.date(),
  sourceUrl: z.url({ protocol: /^https$/ }),
    asOfSource: z.url({ protocol: /^https$/ }).nullable(),
  note: z.string().max(400),
  })
  .refine((row) => row.cachedInputPerM === null || row.cachedInputPerM <= row.inputPerM, { message: "cachedAboveInput", path: ["cachedInputPerM"] });

export const priceBookFileSchema = z
  .strictObject({ version: z.number().int().positive(), note: z.string(), models: z.array(shippedPriceSchema).min(1) })
  .refine((file) => new Set(file.models.map((m) => m.id)).size === file.models.length, { message: "duplicateId", path: ["models"] });

// ── actions ─────────────────────────────────────────────────────────────────────────────────

const project = { projectId: idField };
const row = { projectId: idField, id: idField };
const versioned = { ...row, version: versionField };
/** Version 0: the one-per-project record has never been saved. */
const singletonVersion = z.coerce.number().int().min(0);

export const addNamedRowSchema = z.object({ ...project, name: nameField() });
export const deleteRowSchema = z.object(row);

const rate = optionalNumber(0, 1_000_000).refine((v) => v === null || v > 0, { message: "mustBePositive" });

export const settingsFieldsSchema = z.object({
  usdRate: rate,
  cnyRate: rate,
  eurRate: rate,
  targetMarginPct: optionalNumber(0, 95),
});
export const saveSettingsSchema = settingsFieldsSchema.extend({ ...project, version: singletonVersion });
export type SettingsFields = z.output<typeof settingsFieldsSchema>;

const cachedNotAboveInput = (e: { cachedInputPerM: number | null; inputPerM: number }) => e.cachedInputPerM === null || e.cachedInputPerM <= e.inputPerM;
const cachedRule = { message: "cachedAboveInput", path: ["cachedInputPerM"] };

/** The founders' own price row, or an override of a shipped one (unrefined, for composing). */
export const priceEntryFieldsObject = z.object({
  provider: shortText(120),
  model: shortText(120),
  currency: z.enum(PRICE_CURRENCIES),
  inputPerM: number(0, MAX_PRICE_PER_M),
  cachedInputPerM: optionalNumber(0, MAX_PRICE_PER_M),
  outputPerM: number(0, MAX_PRICE_PER_M),
  batchDiscountPct: optionalNumber(0, 100),
  asOf: dateField,
  sourceUrl: urlField,
  note: longText(NOTE),
});
export const priceEntryFieldsSchema = priceEntryFieldsObject.refine(cachedNotAboveInput, cachedRule);
export const updatePriceEntrySchema = priceEntryFieldsObject.extend(versioned).refine(cachedNotAboveInput, cachedRule);
export type PriceEntryFields = z.output<typeof priceEntryFieldsSchema>;
export const overrideModelSchema = z.object({ ...project, modelKey: modelKeyField });

export const routeSchema = z.object({ modelKey: modelKeyField, sharePct: percent });

export const featureFieldsSchema = z.object({
  name: nameField(),
  routes: z.array(routeSchema).max(MAX_ROUTES).default([]),
  inputTokens: number(0, MAX_TOKENS_PER_REQUEST),
  outputTokens: number(0, MAX_TOKENS_PER_REQUEST),
  cachedSharePct: percent,
  batchSharePct: percent,
  requestsPerUserMonth: number(0, MAX_REQUESTS),
  activeUsers: number(0, MAX_USERS),
  /** The revenue model whose serving cost this routing mix is; "" or absent: not in the forecast. */
  revenueModel: z
    .union([z.literal(""), z.enum(REVENUE_MODELS), z.null()])
    .default(null)
    .transform((v) => v || null),
  /** Requests per unit sold of that model; empty: one unit is one active user's month. */
  requestsPerUnit: z.preprocess((v) => (v === undefined ? null : v), optionalNumber(0, MAX_REQUESTS)),
});
export const updateFeatureSchema = featureFieldsSchema.extend(versioned);
export type FeatureFields = z.output<typeof featureFieldsSchema>;

export const featureUsageFieldsSchema = z.object({
  usageShape: z.enum(USAGE_SHAPES),
  medianRequests: optionalNumber(0, MAX_REQUESTS),
  p90Ratio: optionalNumber(1, 1_000),
  p50Requests: optionalNumber(0, MAX_REQUESTS),
  p90Requests: optionalNumber(0, MAX_REQUESTS),
  p99Requests: optionalNumber(0, MAX_REQUESTS),
});
export const updateFeatureUsageSchema = featureUsageFieldsSchema.extend(versioned);
export type FeatureUsageFields = z.output<typeof featureUsageFieldsSchema>;

export const selfHostFieldsSchema = z.object({
  name: nameField(),
  gpuType: shortText(80),
  gpuCount: numberInput.pipe(z.number().refine(Number.isInteger, { message: "wholeNumber" }).pipe(z.number().min(1).max(MAX_GPUS))),
  hourlyPrice: number(0, MAX_HOURLY_PRICE),
  tokensPerSecond: number(0, MAX_TOKENS_PER_SECOND),
  utilisationPct: percent,
  compareModelKey: z.union([z.literal(""), modelKeyField]).default(""),
  outputSharePct: percent,
  cachedSharePct: percent,
});
export const updateSelfHostSchema = selfHostFieldsSchema.extend(versioned);
export type SelfHostFields = z.output<typeof selfHostFieldsSchema>;

const endsAfterStart = (c: { startsOn: string | null; expiresOn: string | null }) => !c.startsOn || !c.expiresOn || c.expiresOn >= c.startsOn;
const endRule = { message: "endBeforeStart", path: ["expiresOn"] };

export const creditFieldsObject = z.object({
  name: nameField(),
  provider: shortText(120),
  appliesTo: z.enum(CREDIT_SCOPES),
  amount: number(0, LIMITS.money),
  startsOn: dateField,
  expiresOn: dateField,
  note: longText(NOTE),
});
export const creditFieldsSchema = creditFieldsObject.refine(endsAfterStart, endRule);
export const updateCreditSchema = creditFieldsObject.extend(versioned).refine(endsAfterStart, endRule);
export type CreditFields = z.output<typeof creditFieldsSchema>;
