// The business-model section evaluated as a whole: the headline unit economics (of the primary
// revenue model) and the monthly forecast with its runway. Pure; the page's live preview, the save
// actions and the facts every other section reads all call this one function.
import type { BurnPlanFields, UnitEconomicsFields } from "./schema";
import { forecast, SCENARIOS, type Forecast, type ForecastInput, type ForecastRound, type Scenario } from "@/lib/forecast/model";
import type { RevenueModelId } from "@/lib/plan/facts";
import type { CostSchedule, Month } from "@/lib/team/cost";
import type { Credit } from "@/lib/ai-pricing/credits";
import type { RoutedServingByModel } from "@/lib/ai-pricing/serving";
import { EMPTY_BURN, EMPTY_CHOICE_FIELDS, EMPTY_ECONOMICS, inferenceOf, modelEconomics, resolvePrimaryModel, withRouting, type RevenueChoice, type UnitEconomics } from "./model";

/** What the forecast reads from other sections, so founders never type a cost twice. */
export type CostSources = {
  /** lib/team: members plus planned hires by target month. */
  team: CostSchedule;
  /** lib/platform: the compute plan's monthly cost. */
  computeMonthlyCost: number;
  /** lib/funding: rounds with their target dates and status. */
  rounds: ForecastRound[];
  /**
   * lib/ai-pricing: the routing mix's serving cost per unit of each revenue model a feature serves
   * (replacing that model's blended token price), and the cloud/model credits.
   */
  routing?: RoutedServingByModel;
  credits?: Credit[];
};

export type BusinessModelInputs = {
  /** Month 1 of the forecast ("yyyy-mm"), chosen by the caller: nothing here reads a clock. */
  startMonth: Month;
  /** In the order they were chosen. */
  revenueChoices: RevenueChoice[];
  economics: UnitEconomicsFields | null;
  burn: BurnPlanFields | null;
  costs: CostSources;
};

export type Evaluation = { primaryModel: RevenueModelId | null; economics: UnitEconomics; forecast: Forecast };

export function forecastInput(inputs: BusinessModelInputs): ForecastInput {
  const burn = inputs.burn ?? EMPTY_BURN;
  return {
    startMonth: inputs.startMonth,
    streams: inputs.revenueChoices.map((c) => ({
      model: c.model,
      price: c.price,
      currentUnits: c.currentVolume,
      expectedUnits: c.monthlyVolume,
      rampMonths: c.rampMonths,
      unitsPerCustomer: c.unitsPerCustomer,
      churnPct: c.churnPct,
      conversionPct: c.conversionPct,
      cac: c.cac,
      inference: withRouting(inferenceOf(c), inputs.costs.routing?.[c.model]),
    })),
    team: inputs.costs.team,
    computeMonthlyCost: inputs.costs.computeMonthlyCost,
    otherMonthlyCosts: burn.otherMonthlyCosts,
    cashOnHand: burn.cashOnHand,
    growthPct: burn.revenueGrowthPct,
    includeServingCost: burn.includeServingCost,
    rounds: inputs.costs.rounds,
    credits: inputs.costs.credits,
  };
}

export function evaluateBusinessModel(inputs: BusinessModelInputs, scenario: Scenario = SCENARIOS.base): Evaluation {
  const e = inputs.economics ?? EMPTY_ECONOMICS;
  const primaryModel = resolvePrimaryModel(
    inputs.revenueChoices.map((c) => c.model),
    e.primaryModel,
  );
  const primary = inputs.revenueChoices.find((c) => c.model === primaryModel);
  const economics = primary
    ? modelEconomics({ ...primary, price: primary.price === null ? null : primary.price * (1 + scenario.priceChangePct / 100) }, scenario.inferencePriceChangePct, inputs.costs.routing?.[primary.model])
    : modelEconomics({ model: "subscription", ...EMPTY_CHOICE_FIELDS }, 0);
  return { primaryModel, economics, forecast: forecast(forecastInput(inputs), scenario) };
}
