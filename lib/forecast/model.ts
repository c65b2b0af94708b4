// The monthly forecast: 36 months of revenue, costs, cash and funding from what the founders
// entered in the business model, team, platform and funding sections. It is the ONE place where
// burn and runway are computed: the business model, funding, readiness, risk suggestions and the
// investor summary all read it. Pure: the first month is passed in, nothing here reads a clock.
//
// Runway has one definition: the first month whose closing cash is below zero ("cash runs out in
// month N"); the runway is the N − 1 whole months before it. It is computed twice, with and
// without the planned funding rounds.
import { costPerUnit, REVENUE_MODEL_PARAMS, type InferenceParams } from "@/lib/business-model/model";
import type { RevenueModelId, RunwayFact } from "@/lib/plan/facts";
import { addMonths, costByMonth, isMonth, type CostSchedule, type Month } from "@/lib/team/cost";
import type { Credit } from "@/lib/ai-pricing/credits";
import { creditOffsetsFor, creditsOutlook, type CreditsOutlook, type MonthSpend } from "./credits";

export const FORECAST_MONTHS = 36;

/** One revenue model as the forecast needs it. */
export type ForecastStream = {
  model: RevenueModelId;
  price: number | null;
  /** Units sold this month (month 1). */
  currentUnits: number | null;
  /** Units per month expected `rampMonths` after month 1. */
  expectedUnits: number | null;
  rampMonths: number | null;
  /** Empty means one unit per customer. */
  unitsPerCustomer: number | null;
  /** Monthly, in percent; only recurring models (subscriptions, licences, APIs) have churn. */
  churnPct: number | null;
  conversionPct: number | null;
  cac: number | null;
  inference: InferenceParams;
};

export type RoundStatusForForecast = "planned" | "inProgress" | "closed" | "abandoned";
export type ForecastRound = { stage: string; amount: number; targetDate: string | null; status: RoundStatusForForecast };

export type ForecastInput = {
  /** Month 1 of the forecast, "yyyy-mm". */
  startMonth: Month;
  streams: ForecastStream[];
  /** Members from now, hires from their target month (lib/team/cost.ts). */
  team: CostSchedule;
  computeMonthlyCost: number | null;
  otherMonthlyCosts: number | null;
  cashOnHand: number | null;
  /** Monthly growth in percent once a model has reached its expected volume. */
  growthPct: number | null;
  /** Off when the compute plan already pays for serving (self-hosted GPUs). */
  includeServingCost: boolean;
  rounds: ForecastRound[];
  /** Cloud and model credits (lib/ai-pricing): they pay eligible spend until used up or expired. */
  credits?: Credit[];
};

/**
 * What a scenario changes, all explicit so the page can show them. Prices and costs are percent
 * changes; ramp and growth are multipliers (1.5 × the ramp = 50 % longer to reach the volume).
 */
export type Scenario = {
  /** Our own price per unit. */
  priceChangePct: number;
  /** Upstream model prices (tokens, GPU hours). */
  inferencePriceChangePct: number;
  rampFactor: number;
  growthFactor: number;
  /** Team, compute, other costs and CAC. */
  costChangePct: number;
};

export const SCENARIO_IDS = ["base", "downside", "upside"] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  base: { priceChangePct: 0, inferencePriceChangePct: 0, rampFactor: 1, growthFactor: 1, costChangePct: 0 },
  // A price war and a model-price rise at once, customers taking half again as long, costs +10 %.
  downside: { priceChangePct: -10, inferencePriceChangePct: 50, rampFactor: 1.5, growthFactor: 0.5, costChangePct: 10 },
  // Cheaper models and faster adoption; costs are not assumed to fall.
  upside: { priceChangePct: 0, inferencePriceChangePct: -30, rampFactor: 0.75, growthFactor: 1.5, costChangePct: 0 },
};

export type StreamMonth = { units: number; customers: number; newCustomers: number; churnedCustomers: number; prospects: number | null; revenue: number; serving: number; acquisition: number };

export type ForecastMonth = {
  /** 1-based index. */
  month: number;
  calendarMonth: Month;
  streams: StreamMonth[];
  revenue: number;
  /** Cost of revenue: serving every unit sold. */
  serving: number;
  grossProfit: number;
  team: number;
  compute: number;
  acquisition: number;
  other: number;
  /** What cloud and model credits paid this month (already taken off `costs`). */
  credits: number;
  /** Every cost of the month, serving included, less what credits paid. */
  costs: number;
  /** Revenue − costs: negative while burning. */
  netIncome: number;
  /** Planned rounds arriving this month. */
  financing: number;
  openingCash: number | null;
  /** With the planned rounds. */
  closingCash: number | null;
  closingCashWithoutRaise: number | null;
};

/** Whole months before cash runs out, the month it does, or that it lasts the whole forecast. */
export type Runway = RunwayFact;

/** Why a round does or does not bring cash into the forecast. */
export type RoundInflow = { stage: string; amount: number; month: Month | null; index: number | null; counted: boolean; reason: "counted" | "undated" | "past" | "beyondForecast" | "notPlanned" };

/** Something the forecast had to leave out or assume, per revenue model; shown next to the numbers. */
export type ForecastNote = { model: RevenueModelId; issue: "noPrice" | "noRamp" | "servingUnknown" | "noCac" };

export type Forecast = {
  months: ForecastMonth[];
  runway: Runway;
  runwayWithRaise: Runway;
  /** First month whose net income is ≥ 0; null if none. */
  breakEvenIndex: number | null;
  /** Whether any cost was entered anywhere (a plan with no costs has no runway). */
  costsKnown: boolean;
  revenueKnown: boolean;
  rounds: RoundInflow[];
  notes: ForecastNote[];
  /** When credits pay something: the month they end, the cost step after it and the runway without them. */
  credits: CreditsOutlook | null;
};

const num = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const finite = (v: number) => (Number.isFinite(v) ? v : 0);
const positive = (v: number | null | undefined) => Math.max(0, num(v) ?? 0);

/** Months between two "yyyy-mm" values: monthIndex("2027-01", "2027-03") = 2. */
export function monthsBetween(from: Month, to: Month): number {
  const index = (m: Month) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return index(to) - index(from);
}

/** Planned and in-progress rounds with a target date inside the forecast bring cash in that month. */
export function roundInflows(rounds: readonly ForecastRound[], startMonth: Month): RoundInflow[] {
  return rounds.map((round) => {
    const amount = positive(round.amount);
    const month = round.targetDate && isMonth(round.targetDate.slice(0, 7)) ? round.targetDate.slice(0, 7) : null;
    const base = { stage: round.stage, amount, month, index: null, counted: false };
    // Closed rounds are already in the cash on hand; abandoned ones never come.
    if (round.status !== "planned" && round.status !== "inProgress") return { ...base, reason: "notPlanned" };
    if (month === null) return { ...base, reason: "undated" };
    const offset = monthsBetween(startMonth, month);
    // A round whose date has passed without closing is not assumed to arrive now.
    if (offset < 0) return { ...base, reason: "past" };
    if (offset >= FORECAST_MONTHS) return { ...base, reason: "beyondForecast" };
    return { ...base, index: offset + 1, counted: amount > 0, reason: "counted" };
  });
}

/**
 * Units sold in month `m` (1-based): today's volume, rising in a straight line to the expected
 * volume over the ramp, then growing by `growth` a month. Without a ramp the expected volume is
 * never assumed: the line stays at today's volume (and grows).
 */
export function unitsAt(stream: ForecastStream, m: number, growth: number, rampFactor = 1): number {
  const current = positive(stream.currentUnits);
  const expected = num(stream.expectedUnits);
  const ramp = num(stream.rampMonths);
  const g = 1 + growth / 100;
  if (expected === null || ramp === null || ramp < 0) return finite(current * Math.pow(g, m - 1));
  const r = ramp * rampFactor;
  const target = Math.max(0, expected);
  if (m - 1 < r) return finite(current + ((target - current) * (m - 1)) / r);
  return finite(target * Math.pow(g, m - 1 - r));
}

function runwayOf(closing: (number | null)[], startMonth: Month, cashKnown: boolean, costsKnown: boolean): Runway {
  if (!costsKnown) return { state: "unknown", reason: "noCosts" };
  if (!cashKnown) return { state: "unknown", reason: "noCash" };
  const index = closing.findIndex((cash) => cash !== null && cash < 0);
  if (index === -1) return { state: "lasts", months: closing.length };
  return { state: "runsOut", months: index, cashOutMonth: addMonths(startMonth, index), cashOutIndex: index + 1 };
}

export function forecast(input: ForecastInput, scenario: Scenario = SCENARIOS.base): Forecast {
  const costFactor = 1 + scenario.costChangePct / 100;
  const priceFactor = 1 + scenario.priceChangePct / 100;
  const growth = (num(input.growthPct) ?? 0) * scenario.growthFactor;
  const team = costByMonth(input.team, input.startMonth, FORECAST_MONTHS);
  const compute = positive(input.computeMonthlyCost) * costFactor;
  const other = positive(input.otherMonthlyCosts) * costFactor;
  const rounds = roundInflows(input.rounds, input.startMonth);
  const cash = num(input.cashOnHand);

  const streams = input.streams.map((stream) => {
    const cost = costPerUnit(stream.inference, scenario.inferencePriceChangePct);
    const serving = cost.total.value;
    // Token and routed inference is model-API spend; GPU hours and hosting are cloud spend.
    const apiPerUnit = (cost.source === "tokens" || cost.source === "routing") && cost.inference.value !== null ? cost.inference.value : 0;
    const recurring = REVENUE_MODEL_PARAMS[stream.model].churn;
    const perCustomer = num(stream.unitsPerCustomer) !== null && stream.unitsPerCustomer! > 0 ? stream.unitsPerCustomer! : 1;
    const churn = recurring ? Math.min(100, positive(stream.churnPct)) / 100 : 0;
    const conversion = num(stream.conversionPct);
    return { stream, serving, apiPerUnit, recurring, perCustomer, churn, conversion, price: positive(stream.price) * priceFactor, cac: positive(stream.cac) * costFactor };
  });

  const notes: ForecastNote[] = [];
  for (const s of streams) {
    const { model } = s.stream;
    const sells = positive(s.stream.currentUnits) > 0 || positive(s.stream.expectedUnits) > 0;
    if (num(s.stream.price) === null && sells) notes.push({ model, issue: "noPrice" });
    if (num(s.stream.expectedUnits) !== null && num(s.stream.rampMonths) === null) notes.push({ model, issue: "noRamp" });
    if (s.serving === null && sells && input.includeServingCost) notes.push({ model, issue: "servingUnknown" });
    if (num(s.stream.cac) === null && sells) notes.push({ model, issue: "noCac" });
  }

  const months: ForecastMonth[] = [];
  const spend: MonthSpend[] = [];
  let previousCustomers = streams.map((s) => unitsAt(s.stream, 1, growth, scenario.rampFactor) / s.perCustomer);
  for (let m = 1; m <= FORECAST_MONTHS; m++) {
    const perStream: StreamMonth[] = streams.map((s, i) => {
      const units = unitsAt(s.stream, m, growth, scenario.rampFactor);
      const customers = units / s.perCustomer;
      // Recurring: winning the growth plus replacing the customers churn took. One-off sales: every
      // sale is a new customer.
      const churnedCustomers = s.recurring ? previousCustomers[i] * s.churn : 0;
      const newCustomers = s.recurring ? Math.max(0, customers - (previousCustomers[i] - churnedCustomers)) : customers;
      return {
        units,
        customers,
        newCustomers,
        churnedCustomers,
        prospects: s.conversion !== null && s.conversion > 0 ? newCustomers / (s.conversion / 100) : null,
        revenue: finite(units * s.price),
        serving: input.includeServingCost && s.serving !== null ? finite(units * s.serving) : 0,
        acquisition: finite(newCustomers * s.cac),
      };
    });
    previousCustomers = perStream.map((s) => s.customers);
    const sum = (pick: (s: StreamMonth) => number) => finite(perStream.reduce((total, s) => total + pick(s), 0));
    const revenue = sum((s) => s.revenue);
    const serving = sum((s) => s.serving);
    const acquisition = sum((s) => s.acquisition);
    const teamCost = finite((team[m - 1] ?? 0) * costFactor);
    const costs = finite(serving + teamCost + compute + acquisition + other);
    const modelApi = input.includeServingCost ? finite(perStream.reduce((total, s, i) => total + s.units * streams[i].apiPerUnit, 0)) : 0;
    spend.push({ modelApi, cloud: Math.max(0, serving - modelApi) + compute });
    const financing = rounds.reduce((total, r) => (r.counted && r.index === m ? total + r.amount : total), 0);
    // Cash comes below, once the credits have been drawn against the whole forecast's spend.
    months.push({
      month: m,
      calendarMonth: addMonths(input.startMonth, m - 1),
      streams: perStream,
      revenue,
      serving,
      grossProfit: revenue - serving,
      team: teamCost,
      compute,
      acquisition,
      other,
      credits: 0,
      costs,
      netIncome: revenue - costs,
      financing,
      openingCash: null,
      closingCash: null,
      closingCashWithoutRaise: null,
    });
  }

  const schedule = creditOffsetsFor(input.credits ?? [], input.startMonth, spend);
  let opening = cash;
  let openingWithout = cash;
  let withoutCredits = cash;
  const closingWithoutCredits: (number | null)[] = [];
  months.forEach((month, i) => {
    const grossNet = month.netIncome;
    month.credits = finite(schedule.offsets[i] ?? 0);
    month.costs = finite(month.costs - month.credits);
    month.netIncome = month.revenue - month.costs;
    month.openingCash = opening;
    month.closingCash = opening === null ? null : finite(opening + month.netIncome + month.financing);
    month.closingCashWithoutRaise = openingWithout === null ? null : finite(openingWithout + month.netIncome);
    withoutCredits = withoutCredits === null ? null : finite(withoutCredits + grossNet);
    closingWithoutCredits.push(withoutCredits);
    opening = month.closingCash;
    openingWithout = month.closingCashWithoutRaise;
  });

  // Other sections report 0 when nothing is entered there; only our own input can be a known 0.
  const costsKnown = team.some((c) => c > 0) || compute > 0 || num(input.otherMonthlyCosts) !== null || months.some((m) => m.serving > 0 || m.acquisition > 0);
  const revenueKnown = input.streams.some((s) => num(s.price) !== null && (num(s.currentUnits) !== null || num(s.expectedUnits) !== null));
  const breakEven = months.findIndex((m) => m.netIncome >= 0 && (m.revenue > 0 || m.costs > 0));
  return {
    months,
    runway: runwayOf(
      months.map((m) => m.closingCashWithoutRaise),
      input.startMonth,
      cash !== null,
      costsKnown,
    ),
    runwayWithRaise: runwayOf(
      months.map((m) => m.closingCash),
      input.startMonth,
      cash !== null,
      costsKnown,
    ),
    breakEvenIndex: breakEven === -1 ? null : breakEven + 1,
    costsKnown,
    revenueKnown,
    rounds,
    notes,
    credits: creditsOutlook(schedule, spend, input.startMonth, runwayOf(closingWithoutCredits, input.startMonth, cash !== null, costsKnown)),
  };
}

/** What a scenario comparison shows side by side. */
export type ScenarioSummary = { id: ScenarioId; scenario: Scenario; runway: Runway; runwayWithRaise: Runway; revenueMonth12: number; revenueMonth36: number; lowestCash: number | null; breakEvenIndex: number | null };

export function compareScenarios(input: ForecastInput): ScenarioSummary[] {
  return SCENARIO_IDS.map((id) => {
    const result = forecast(input, SCENARIOS[id]);
    const cash = result.months.map((m) => m.closingCash).filter((c): c is number => c !== null);
    return {
      id,
      scenario: SCENARIOS[id],
      runway: result.runway,
      runwayWithRaise: result.runwayWithRaise,
      revenueMonth12: result.months[11].revenue,
      revenueMonth36: result.months[FORECAST_MONTHS - 1].revenue,
      lowestCash: cash.length ? Math.min(...cash) : null,
      breakEvenIndex: result.breakEvenIndex,
    };
  });
}

/**
 * One revenue model on its own in month `m` (the revenue step's funnel preview): the same
 * arithmetic as the whole forecast, so the preview never disagrees with it.
 */
export function streamMonth(stream: ForecastStream, m: number, growthPct: number | null = null): StreamMonth {
  const alone: ForecastInput = {
    startMonth: "2000-01",
    streams: [stream],
    team: { memberMonthlyCost: 0, hireCostSteps: [] },
    computeMonthlyCost: null,
    otherMonthlyCosts: null,
    cashOnHand: null,
    growthPct,
    includeServingCost: false,
    rounds: [],
  };
  return forecast(alone).months[Math.min(FORECAST_MONTHS, Math.max(1, m)) - 1].streams[0];
}

/** The month a model reaches its expected volume (month 1 without a ramp), within the forecast. */
export function rampEndMonth(stream: Pick<ForecastStream, "rampMonths" | "expectedUnits">): number {
  const ramp = num(stream.rampMonths);
  return num(stream.expectedUnits) === null || ramp === null ? 1 : Math.min(FORECAST_MONTHS, Math.ceil(ramp) + 1);
}
