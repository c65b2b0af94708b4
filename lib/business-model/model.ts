// Unit economics: the cost of serving one unit of a revenue model and what one customer is worth.
// Pure functions used by the live preview in the browser and by the server (save actions, facts).
// Quantities that are not defined for the inputs (LTV without churn, a margin without a price) are
// null with a reason; nothing here returns NaN or Infinity. The monthly forecast (revenue, costs,
// cash, runway) is lib/forecast/model.ts.
import type { RevenueModelId } from "@/lib/plan/facts";
import type { BurnPlanFields, InferenceMode, UnitEconomicsFields } from "./schema";

export type Reason =
  | "missingInput" // an input this quantity needs is empty
  | "noPrice" // price is zero: a margin percentage is undefined
  | "noChurn" // churn is zero: the customer lifetime is unbounded
  | "noCac" // acquisition costs nothing: LTV/CAC is unbounded
  | "noMargin" // each customer-month loses money: no lifetime value, never pays back
  | "outOfRange"; // the result does not fit in a finite number

export type Derived = { value: number; reason: null } | { value: null; reason: Reason };

const value = (v: number): Derived => (Number.isFinite(v) ? { value: v, reason: null } : { value: null, reason: "outOfRange" });
const none = (reason: Reason): Derived => ({ value: null, reason });
/** A usable input: finite, or else treated as missing. */
const num = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** The upstream price change the "model price shock" slider may apply, in percent. */
export const PRICE_SHOCK_RANGE = { min: -90, max: 300 } as const;

export function clampShock(pct: number): number {
  if (!Number.isFinite(pct)) return 0;
  return Math.min(PRICE_SHOCK_RANGE.max, Math.max(PRICE_SHOCK_RANGE.min, pct));
}

// ── cost to serve one unit ─────────────────────────────────────────────────────────────────────

/**
 * What serving one unit of a revenue model needs from a model: token counts and the provider's
 * prices, or GPU hours. Input, cached input and output tokens are priced separately, as providers
 * bill them (output usually costs several times input; cached input a fraction of it).
 */
export type InferenceParams = {
  mode: InferenceMode;
  /** Input tokens per unit that are not served from the provider's prompt cache. */
  inputTokensPerUnit: number | null;
  cachedInputTokensPerUnit: number | null;
  outputTokensPerUnit: number | null;
  inputPricePerMillion: number | null;
  cachedInputPricePerMillion: number | null;
  outputPricePerMillion: number | null;
  gpuHoursPerUnit: number | null;
  gpuHourRate: number | null;
  /** Hosting, storage, third-party services (speech-to-text…) per unit; not affected by the shock. */
  hostingPerUnit: number | null;
  /**
   * The founders' routing mix for this revenue model (lib/ai-pricing/serving.ts), in the project
   * currency per unit: when present it replaces the mode's inference cost; null per unit when a
   * linked feature's cost is unknown. Absent: no feature serves this model.
   */
  routing?: { perUnit: number | null } | null;
};

/** Where a revenue model's inference cost comes from, so the page can say which one is used. */
export type ServingSource = "routing" | InferenceMode;

/** The routed cost per unit replaces the blended token price (or GPU hours) when one is given. */
export function withRouting(params: InferenceParams, routing: { perUnit: number | null } | undefined): InferenceParams {
  return routing ? { ...params, routing: { perUnit: routing.perUnit } } : params;
}

export const NO_INFERENCE: InferenceParams = {
  mode: "tokens",
  inputTokensPerUnit: null,
  cachedInputTokensPerUnit: null,
  outputTokensPerUnit: null,
  inputPricePerMillion: null,
  cachedInputPricePerMillion: null,
  outputPricePerMillion: null,
  gpuHoursPerUnit: null,
  gpuHourRate: null,
  hostingPerUnit: null,
};

export type CostPerUnit = { inference: Derived; total: Derived; source: ServingSource };

/**
 * The cost of serving one unit of a revenue model: model inference (shocked by
 * `inferencePriceChangePct`) plus hosting. The one place this is computed; a price book or a
 * routing mix between models only changes what goes into `params`.
 */
export function costPerUnit(params: InferenceParams, inferencePriceChangePct = 0): CostPerUnit {
  const shock = 1 + clampShock(inferencePriceChangePct) / 100;
  let inference: Derived;
  const routed = params.routing ? num(params.routing.perUnit) : null;
  if (params.routing) inference = routed === null ? none("missingInput") : value(routed * shock);
  else if (params.mode === "none") inference = value(0);
  else if (params.mode === "gpu") {
    const [hours, rate] = [num(params.gpuHoursPerUnit), num(params.gpuHourRate)];
    inference = hours === null || rate === null ? none("missingInput") : value(hours * rate * shock);
  } else {
    const pairs = [
      [num(params.inputTokensPerUnit), num(params.inputPricePerMillion)],
      [num(params.cachedInputTokensPerUnit), num(params.cachedInputPricePerMillion)],
      [num(params.outputTokensPerUnit), num(params.outputPricePerMillion)],
    ] as const;
    // No token counts at all is unknown, not free; a count of 0 needs no price.
    const counted = pairs.filter(([tokens]) => tokens !== null);
    const priced = counted.every(([tokens, price]) => tokens === 0 || price !== null);
    inference =
      counted.length === 0 || !priced ? none("missingInput") : value((counted.reduce((sum, [tokens, price]) => sum + (tokens! === 0 ? 0 : tokens! * price!), 0) / 1_000_000) * shock);
  }
  const hosting = num(params.hostingPerUnit) ?? 0;
  return { inference, total: inference.value === null ? inference : value(inference.value + hosting), source: params.routing ? "routing" : params.mode };
}

// ── unit economics ────────────────────────────────────────────────────────────────────────────

export type UnitEconomicsInput = {
  /** Price per unit, from the revenue model the economics describe. */
  price: number | null;
  /** Monthly customer churn in percent, from that revenue model. */
  churnPct: number | null;
  inference: InferenceParams;
  /** Units one customer buys per month; empty means 1 (e.g. one seat-month). */
  unitsPerCustomer: number | null;
  cac: number | null;
};

export type UnitEconomics = {
  revenuePerUnit: Derived;
  inferenceCostPerUnit: Derived;
  costToServePerUnit: Derived;
  grossMarginPerUnit: Derived;
  grossMarginPct: Derived;
  grossProfitPerCustomerMonth: Derived;
  ltv: Derived;
  ltvToCac: Derived;
  paybackMonths: Derived;
};

/** `inferencePriceChangePct` is the price shock: +20 means upstream inference costs 20 % more. */
export function computeUnitEconomics(input: UnitEconomicsInput, inferencePriceChangePct = 0): UnitEconomics {
  const price = num(input.price);
  const revenuePerUnit = price === null ? none("missingInput") : value(price);
  const { inference: inferenceCostPerUnit, total: costToServePerUnit } = costPerUnit(input.inference, inferencePriceChangePct);

  const grossMarginPerUnit = price === null || costToServePerUnit.value === null ? none("missingInput") : value(price - costToServePerUnit.value);
  const grossMarginPct =
    grossMarginPerUnit.value === null ? grossMarginPerUnit : price === 0 ? none("noPrice") : value((grossMarginPerUnit.value / price!) * 100);

  const units = num(input.unitsPerCustomer) ?? 1;
  const grossProfitPerCustomerMonth = grossMarginPerUnit.value === null ? grossMarginPerUnit : value(grossMarginPerUnit.value * units);
  const profit = grossProfitPerCustomerMonth.value;

  const churn = num(input.churnPct);
  const ltv =
    profit === null ? grossProfitPerCustomerMonth : profit <= 0 ? none("noMargin") : churn === null ? none("missingInput") : churn === 0 ? none("noChurn") : value(profit / (churn / 100));

  const cac = num(input.cac);
  const ltvToCac = ltv.value === null ? ltv : cac === null ? none("missingInput") : cac === 0 ? none("noCac") : value(ltv.value / cac);
  const paybackMonths =
    profit === null ? grossProfitPerCustomerMonth : cac === null ? none("missingInput") : cac === 0 ? value(0) : profit <= 0 ? none("noMargin") : value(cac / profit);

  return { revenuePerUnit, inferenceCostPerUnit, costToServePerUnit, grossMarginPerUnit, grossMarginPct, grossProfitPerCustomerMonth, ltv, ltvToCac, paybackMonths };
}

// ── revenue models ────────────────────────────────────────────────────────────────────────────

/**
 * Which optional parameters each revenue model asks for; the rest are price, unit and volume. A
 * model with churn is recurring: the forecast keeps its customers from month to month.
 */
export const REVENUE_MODEL_PARAMS: Record<RevenueModelId, { conversion: boolean; churn: boolean; privacyWarning: boolean }> = {
  subscription: { conversion: true, churn: true, privacyWarning: false },
  usageApi: { conversion: true, churn: true, privacyWarning: false },
  dataServices: { conversion: false, churn: false, privacyWarning: true },
  customDevelopment: { conversion: true, churn: false, privacyWarning: false },
  productLicence: { conversion: false, churn: true, privacyWarning: false },
  serviceFees: { conversion: false, churn: false, privacyWarning: false },
  advertising: { conversion: false, churn: false, privacyWarning: false },
  partnership: { conversion: false, churn: false, privacyWarning: false },
};

/** One revenue model as the founder described it: the revenue step's fields and the economics step's. */
export type RevenueChoice = {
  model: RevenueModelId;
  rationale: string;
  price: number | null;
  unit: string;
  /** Units sold this month: today's revenue is price × this. */
  currentVolume: number | null;
  /** Units per month the founders expect to reach, `rampMonths` from now. */
  monthlyVolume: number | null;
  rampMonths: number | null;
  conversionPct: number | null;
  churnPct: number | null;
  unitsPerCustomer: number | null;
  cac: number | null;
} & Omit<InferenceParams, "mode"> & { inferenceMode: InferenceMode };

/** The serving parameters of a stored revenue model. */
export function inferenceOf(choice: Pick<RevenueChoice, keyof Omit<InferenceParams, "mode"> | "inferenceMode">): InferenceParams {
  const { inferenceMode, inputTokensPerUnit, cachedInputTokensPerUnit, outputTokensPerUnit, inputPricePerMillion, cachedInputPricePerMillion, outputPricePerMillion, gpuHoursPerUnit, gpuHourRate, hostingPerUnit } = choice;
  return { mode: inferenceMode, inputTokensPerUnit, cachedInputTokensPerUnit, outputTokensPerUnit, inputPricePerMillion, cachedInputPricePerMillion, outputPricePerMillion, gpuHoursPerUnit, gpuHourRate, hostingPerUnit };
}

/** Unit economics of one chosen revenue model; `routing`: its routed serving cost, if a feature serves it. */
export function modelEconomics(choice: RevenueChoice, inferencePriceChangePct = 0, routing?: { perUnit: number | null }): UnitEconomics {
  return computeUnitEconomics(
    { price: choice.price, churnPct: choice.churnPct, unitsPerCustomer: choice.unitsPerCustomer, cac: choice.cac, inference: withRouting(inferenceOf(choice), routing) },
    inferencePriceChangePct,
  );
}

/** The model the headline unit economics describe: the one chosen, else the first chosen model. */
export function resolvePrimaryModel(chosen: RevenueModelId[], primary: RevenueModelId | null): RevenueModelId | null {
  if (primary && chosen.includes(primary)) return primary;
  return chosen[0] ?? null;
}

export const EMPTY_ECONOMICS: UnitEconomicsFields = { primaryModel: null, thirdPartyModelApi: false, modelProvider: "" };

export const EMPTY_BURN: BurnPlanFields = { cashOnHand: null, otherMonthlyCosts: null, otherCostsNote: "", revenueGrowthPct: null, includeServingCost: true };

/** A newly chosen revenue model: nothing known yet. */
export const EMPTY_CHOICE_FIELDS: Omit<RevenueChoice, "model"> = (({ mode, ...serving }) => ({
  rationale: "",
  price: null,
  unit: "",
  currentVolume: null,
  monthlyVolume: null,
  rampMonths: null,
  conversionPct: null,
  churnPct: null,
  unitsPerCustomer: null,
  cac: null,
  inferenceMode: mode,
  ...serving,
}))(NO_INFERENCE);
