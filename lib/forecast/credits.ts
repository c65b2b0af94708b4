// Cloud and model credits in the forecast: which spend they may pay for each month, and what the
// founders should know about the month they end ("runway after credits end"). The drawing of the
// credits themselves is lib/ai-pricing/credits.ts. Pure.
import { creditSchedule, type Credit, type EligibleSpend } from "@/lib/ai-pricing/credits";
import { addMonths, type Month } from "@/lib/team/cost";
import type { RunwayFact } from "@/lib/plan/facts";

/** One month's spend credits can pay: model API calls (token or routed serving) and cloud (compute, GPU serving, hosting). */
export type MonthSpend = { cloud: number; modelApi: number };

export type CreditsOutlook = {
  /** Everything the credits pay within the forecast. */
  used: number;
  /** Left unused when a credit expired inside the forecast. */
  expiredUnused: number;
  /** The last month credits pay for (1-based index and calendar month). */
  lastIndex: number;
  lastMonth: Month;
  /**
   * How much more the founders pay in cash for credit-eligible spend the month after credits end
   * than in their last month; null when credits last the whole forecast.
   */
  stepAfter: number | null;
  /** The same forecast with no credits at all (without the planned raise). */
  runwayWithoutCredits: RunwayFact;
};

export function creditOffsetsFor(credits: readonly Credit[], startMonth: Month, spend: readonly MonthSpend[]) {
  const eligible: EligibleSpend = { cloud: spend.map((s) => s.cloud), modelApi: spend.map((s) => s.modelApi) };
  return creditSchedule(credits, startMonth, spend.length, eligible);
}

export function creditsOutlook(
  schedule: ReturnType<typeof creditOffsetsFor>,
  spend: readonly MonthSpend[],
  startMonth: Month,
  runwayWithoutCredits: RunwayFact,
): CreditsOutlook | null {
  if (schedule.lastCoveredMonth === null) return null;
  const last = schedule.lastCoveredMonth;
  const eligible = (i: number) => spend[i].cloud + spend[i].modelApi;
  const stepAfter = last + 1 < spend.length ? eligible(last + 1) - schedule.offsets[last + 1] - (eligible(last) - schedule.offsets[last]) : null;
  return {
    used: schedule.offsets.reduce((sum, v) => sum + v, 0),
    expiredUnused: schedule.expiredUnused.reduce((sum, v) => sum + v, 0),
    lastIndex: last + 1,
    lastMonth: addMonths(startMonth, last),
    stepAfter,
    runwayWithoutCredits,
  };
}
