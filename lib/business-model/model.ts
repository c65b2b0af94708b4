// Unit economics, burn and runway: pure functions used by the live preview in the browser and by
// the server (save actions, facts). Quantities that are not defined for the inputs (LTV without
// churn, runway when not burning) are null with a reason; nothing here returns NaN or Infinity.
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

// ── unit economics ────────────────────────────────────────────────────────────────────────────

export type UnitEconomicsInput = {
  /** Price per unit, from the revenue model the economics describe. */
  price: number | null;
  /** Monthly customer churn in percent, from that revenue model. */
  churnPct: number | null;
  inferenceMode: InferenceMode;
  tokensPerUnit: number | null;
  /** Blended (input + output) price per 1M tokens. */
  pricePerMillionTokens: number | null;
  gpuHoursPerUnit: number | null;
  gpuHourRate: number | null;
  hostingPerUnit: number | null;
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
  const shock = 1 + clampShock(inferencePriceChangePct) / 100;
  const price = num(input.price);
  const revenuePerUnit = price === null ? none("missingInput") : value(price);

  const [a, b] = input.inferenceMode === "gpu" ? [num(input.gpuHoursPerUnit), num(input.gpuHourRate)] : [num(input.tokensPerUnit), num(input.pricePerMillionTokens)];
  const perUnitRate = input.inferenceMode === "gpu" ? 1 : 1 / 1_000_000;
  const inferenceCostPerUnit = a === null || b === null ? none("missingInput") : value(a * b * perUnitRate * shock);

  const hosting = num(input.hostingPerUnit) ?? 0;
  const costToServePerUnit = inferenceCostPerUnit.value === null ? inferenceCostPerUnit : value(inferenceCostPerUnit.value + hosting);

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

/** Which optional parameters each revenue model asks for; the rest are price, unit and volume. */
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

export type RevenueLine = { model: RevenueModelId; price: number | null; monthlyVolume: number | null; conversionPct?: number | null };

export function lineRevenue(line: RevenueLine): number | null {
  const price = num(line.price);
  const volume = num(line.monthlyVolume);
  if (price === null || volume === null) return null;
  const revenue = price * volume;
  return Number.isFinite(revenue) ? revenue : null;
}

/** Sum of price × volume over the models that have both; null when none has. */
export function monthlyRevenue(lines: RevenueLine[]): number | null {
  const known = lines.map(lineRevenue).filter((r): r is number => r !== null);
  if (known.length === 0) return null;
  const total = known.reduce((sum, r) => sum + r, 0);
  return Number.isFinite(total) ? total : null;
}

/** Prospects to reach so that `conversionPct` of them become the expected volume. */
export function prospectsNeeded(line: RevenueLine): number | null {
  const volume = num(line.monthlyVolume);
  const conversion = num(line.conversionPct ?? null);
  if (volume === null || conversion === null || conversion <= 0) return null;
  const prospects = Math.ceil(volume / (conversion / 100));
  return Number.isFinite(prospects) ? prospects : null;
}

/** The model the unit economics describe: the one chosen, else the first chosen model. */
export function resolvePrimaryModel(chosen: RevenueModelId[], primary: RevenueModelId | null): RevenueModelId | null {
  if (primary && chosen.includes(primary)) return primary;
  return chosen[0] ?? null;
}

// ── burn, runway and the 24-month projection ──────────────────────────────────────────────────

export const PROJECTION_MONTHS = 24;

export type BurnInput = {
  revenueLines: RevenueLine[];
  /** The model whose volume the cost to serve applies to (see resolvePrimaryModel). */
  primaryModel: RevenueModelId | null;
  /** Per unit, with any price shock already applied; null when unknown. */
  costToServePerUnit: number | null;
  includeServingCost: boolean;
  /** From the team section: month 0 is the current month. Missing months repeat the last known. */
  teamCostByMonth: number[];
  /** From the platform section. */
  computeMonthlyCost: number | null;
  otherMonthlyCosts: number | null;
  cashOnHand: number | null;
  /** Monthly growth of every model's volume, in percent. */
  revenueGrowthPct: number | null;
};

export type MonthCosts = { team: number; compute: number; other: number; serving: number; total: number };
export type ProjectionMonth = { month: number; revenue: number; costs: number; net: number; cash: number | null };

export type Runway =
  | { kind: "months"; months: number }
  | { kind: "profitable" }
  | { kind: "unknown"; reason: "noCash" | "noCosts" };

export type Burn = {
  revenue: number;
  costs: MonthCosts;
  /** Costs minus revenue this month; negative when revenue covers costs. */
  netBurn: number;
  /** Any cost source known (team, compute, other or serving)? */
  costsKnown: boolean;
  runway: Runway;
  projection: ProjectionMonth[];
  /** First projected month (1-based) that ends with negative cash; null if none within 24. */
  cashOutMonth: number | null;
};

const finiteOr0 = (v: number) => (Number.isFinite(v) ? v : 0);

function monthCosts(input: BurnInput, month: number, growth: number): MonthCosts {
  const known = input.teamCostByMonth.filter((c) => Number.isFinite(c));
  const team = known.length === 0 ? 0 : known[Math.min(month, known.length - 1)];
  const compute = num(input.computeMonthlyCost) ?? 0;
  const other = num(input.otherMonthlyCosts) ?? 0;
  const primary = input.revenueLines.find((l) => l.model === input.primaryModel);
  const volume = num(primary?.monthlyVolume) ?? 0;
  const perUnit = num(input.costToServePerUnit);
  const serving = input.includeServingCost && perUnit !== null ? finiteOr0(volume * growth * perUnit) : 0;
  return { team, compute, other, serving, total: finiteOr0(team + compute + other + serving) };
}

export function computeBurn(input: BurnInput): Burn {
  const g = 1 + (num(input.revenueGrowthPct) ?? 0) / 100;
  const grown = (month: number) => finiteOr0(Math.pow(g, month));
  const revenueAt = (month: number) => finiteOr0((monthlyRevenue(input.revenueLines) ?? 0) * grown(month));

  const revenue = revenueAt(0);
  const costs = monthCosts(input, 0, 1);
  const netBurn = costs.total - revenue;
  const costsKnown =
    // Other sections report 0 when nothing is entered there; only our own input can be a known 0.
    input.teamCostByMonth.some((c) => Number.isFinite(c) && c > 0) || (num(input.computeMonthlyCost) ?? 0) > 0 || num(input.otherMonthlyCosts) !== null || costs.serving > 0;
  const cash = num(input.cashOnHand);

  let runway: Runway;
  if (!costsKnown || (revenue === 0 && costs.total === 0)) runway = { kind: "unknown", reason: "noCosts" };
  else if (netBurn <= 0) runway = { kind: "profitable" };
  else if (cash === null) runway = { kind: "unknown", reason: "noCash" };
  else runway = { kind: "months", months: Math.max(0, finiteOr0(cash / netBurn)) };

  const projection: ProjectionMonth[] = [];
  let balance = cash;
  let cashOutMonth: number | null = null;
  for (let month = 0; month < PROJECTION_MONTHS; month++) {
    const monthRevenue = revenueAt(month);
    const monthCost = monthCosts(input, month, grown(month)).total;
    const net = monthRevenue - monthCost;
    balance = balance === null ? null : finiteOr0(balance + net);
    if (balance !== null && balance < 0 && cashOutMonth === null) cashOutMonth = month + 1;
    projection.push({ month: month + 1, revenue: monthRevenue, costs: monthCost, net, cash: balance });
  }
  return { revenue, costs, netBurn, costsKnown, runway, projection, cashOutMonth };
}

// ── the whole section, as the page, the save actions and the facts see it ──────────────────────

export type RevenueChoice = RevenueLine & { churnPct: number | null; unit: string; rationale: string };

export type BusinessModelInputs = {
  /** In the order they were chosen. */
  revenueChoices: RevenueChoice[];
  economics: UnitEconomicsFields | null;
  burn: BurnPlanFields | null;
  teamCostByMonth: number[];
  computeMonthlyCost: number | null;
};

export type Evaluation = { primaryModel: RevenueModelId | null; economics: UnitEconomics; burn: Burn };

export const EMPTY_ECONOMICS: UnitEconomicsFields = {
  primaryModel: null,
  inferenceMode: "tokens",
  tokensPerUnit: null,
  pricePerMillionTokens: null,
  gpuHoursPerUnit: null,
  gpuHourRate: null,
  hostingPerUnit: null,
  unitsPerCustomer: null,
  cac: null,
  thirdPartyModelApi: false,
  modelProvider: "",
};

export const EMPTY_BURN: BurnPlanFields = { cashOnHand: null, otherMonthlyCosts: null, otherCostsNote: "", revenueGrowthPct: null, includeServingCost: true };

export function evaluateBusinessModel(inputs: BusinessModelInputs, inferencePriceChangePct = 0): Evaluation {
  const e = inputs.economics ?? EMPTY_ECONOMICS;
  const b = inputs.burn ?? EMPTY_BURN;
  const primaryModel = resolvePrimaryModel(
    inputs.revenueChoices.map((c) => c.model),
    e.primaryModel,
  );
  const primary = inputs.revenueChoices.find((c) => c.model === primaryModel);
  const economics = computeUnitEconomics({ ...e, price: primary?.price ?? null, churnPct: primary?.churnPct ?? null }, inferencePriceChangePct);
  const burn = computeBurn({
    revenueLines: inputs.revenueChoices,
    primaryModel,
    costToServePerUnit: economics.costToServePerUnit.value,
    includeServingCost: b.includeServingCost,
    teamCostByMonth: inputs.teamCostByMonth,
    computeMonthlyCost: inputs.computeMonthlyCost,
    otherMonthlyCosts: b.otherMonthlyCosts,
    cashOnHand: b.cashOnHand,
    revenueGrowthPct: b.revenueGrowthPct,
  });
  return { primaryModel, economics, burn };
}
