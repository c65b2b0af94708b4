// Consistency checks across plan sections: places where two sections of the same plan say things
// that cannot both be true. Each one found costs points (INCONSISTENCY_PENALTY, Launchpad's choice)
// and is listed with links to both places. Pure: reads only PlanFacts, whose runway, burn and
// serving figures come from lib/forecast/model.ts (one definition per number: nothing here
// recomputes them).
import type { PlanFacts } from "@/lib/plan/facts";
import type { CriterionMeta } from "./rubric";

export const CONSISTENCY_CHECKS = ["marketPriceVsModelPrice", "needVsBurn", "raiseAfterCashOut", "inferenceCountedTwice", "milestonesAfterCashOut", "hiresWithoutBudget"] as const;
export type ConsistencyCheckId = (typeof CONSISTENCY_CHECKS)[number];

/** Points one inconsistency takes off the total (Launchpad's choice), and the most they all may take. */
export const INCONSISTENCY_PENALTY = 3;
export const MAX_PENALTY = 15;

/** Launchpad's choice: a round should pay for at least this many months of the forecast's burn. */
export const MIN_MONTHS_FUNDED = 12;
/** Launchpad's choice: a market-size price this many times above or below the model's own is a contradiction. */
export const MAX_PRICE_RATIO = 2;
/** Months of the forecast whose average burn the funding need is compared with. */
export const BURN_WINDOW = 18;

type Place = CriterionMeta["link"];

export type Inconsistency = {
  id: ConsistencyCheckId;
  /** messages "readiness.consistency.<id>" interpolated with these. */
  values: Record<string, string | number>;
  /** The two places that disagree. */
  places: [Place, Place];
  penalty: number;
};

const place = (section: Place["section"], step: string | null): Place => ({ section, step });

function cashOut(runway: PlanFacts["businessModel"]["runway"]): string | null {
  return runway.state === "runsOut" ? runway.cashOutMonth : null;
}

export function checkConsistency(facts: PlanFacts): Inconsistency[] {
  const { businessModel: bm, funding, platform, execution, team, market } = facts;
  const found: Omit<Inconsistency, "penalty">[] = [];

  // The market size assumes a price per customer that the business model does not charge: the
  // model's own figure is today's revenue per paying customer, a year (forecast month 1 × 12).
  const modelPrice = bm.monthlyRevenue !== null && bm.currentCustomers !== null && bm.currentCustomers > 0 ? (bm.monthlyRevenue / bm.currentCustomers) * 12 : null;
  const marketPrice = market.annualPricePerCustomer;
  if (modelPrice !== null && modelPrice > 0 && marketPrice !== null && marketPrice > 0) {
    const ratio = Math.max(marketPrice, modelPrice) / Math.min(marketPrice, modelPrice);
    if (ratio > MAX_PRICE_RATIO) {
      found.push({ id: "marketPriceVsModelPrice", values: { market: Math.round(marketPrice), model: Math.round(modelPrice), ratio: Math.round(ratio * 10) / 10 }, places: [place("market", "size"), place("business-model", "economics")] });
    }
  }

  // Funding need vs the burn the forecast computes.
  const window = bm.monthlyNetBurn.slice(0, BURN_WINDOW);
  const averageBurn = window.length > 0 ? window.reduce((s, x) => s + Math.max(0, x), 0) / window.length : 0;
  if (funding.needAmount !== null && funding.needAmount > 0 && averageBurn > 0) {
    const months = Math.floor(funding.needAmount / averageBurn);
    if (months < MIN_MONTHS_FUNDED) {
      found.push({ id: "needVsBurn", values: { need: Math.round(funding.needAmount), burn: Math.round(averageBurn), months, min: MIN_MONTHS_FUNDED }, places: [place("funding", "need"), place("business-model", "burn")] });
    }
  }

  // Runway vs fundraising timeline: the first planned round lands after the cash is gone.
  const outMonth = cashOut(bm.runway);
  const dated = funding.plannedRounds.flatMap((r) => (r.month ? [r.month] : [])).sort();
  if (outMonth && dated.length > 0 && dated[0] > outMonth) {
    found.push({ id: "raiseAfterCashOut", values: { cashOut: outMonth, round: dated[0] }, places: [place("funding", "rounds"), place("business-model", "burn")] });
  }

  // Inference GPUs paid twice: as GPU hours per unit sold in the forecast AND as inference lines of
  // the compute plan (a model API priced per token next to GPUs for another model is not a double count).
  if (bm.gpuServingInForecast && platform.inferenceComputeMonthlyCost > 0) {
    found.push({ id: "inferenceCountedTwice", values: { compute: Math.round(platform.inferenceComputeMonthlyCost) }, places: [place("platform", "compute"), place("business-model", "economics")] });
  }

  // Milestones due after the cash (with the planned rounds) runs out.
  const outWithRaise = cashOut(bm.runwayWithRaise);
  if (outWithRaise) {
    const late = execution.openMilestoneDueMonths.filter((m) => m > outWithRaise).length;
    if (late > 0) found.push({ id: "milestonesAfterCashOut", values: { count: late, cashOut: outWithRaise }, places: [place("milestones", "timeline"), place("business-model", "burn")] });
  }

  // Hires without a budget: no monthly budget, starting after the cash runs out, or hires while the
  // use of funds (when written) sets nothing aside for hiring.
  const unbudgeted = team.openHirePlans.filter((h) => h.budget <= 0 || (outWithRaise !== null && h.month > outWithRaise)).length;
  const noHiringFunds = team.openHirePlans.length > 0 && funding.useOfFundsDefined && funding.hiringFunds <= 0;
  if (unbudgeted > 0 || noHiringFunds) {
    found.push({ id: "hiresWithoutBudget", values: { count: unbudgeted > 0 ? unbudgeted : team.openHirePlans.length }, places: [place("team", "hiring"), place(noHiringFunds ? "funding" : "business-model", noHiringFunds ? "uses" : "burn")] });
  }

  let left = MAX_PENALTY;
  return found.map((x) => {
    const penalty = Math.min(INCONSISTENCY_PENALTY, left);
    left -= penalty;
    return { ...x, penalty };
  });
}
