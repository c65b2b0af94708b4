// Monthly team cost: current members plus open hires from their target month. Pure.
//
// Stored form (TeamCost.memberMonthlyCost + hireCostSteps): the members' total and one step per
// target month holding the open hires' budgets. That is exact for any window of months, so the
// stored value never goes stale as the calendar moves on; `costByMonth` turns it into a series.
import type { HireStatus } from "./catalogue";

export type Month = string; // "yyyy-mm"
export type CostStep = { month: Month; amount: number };
export type CostSchedule = { memberMonthlyCost: number; hireCostSteps: CostStep[] };

export const COST_MONTHS = 24;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is Month {
  return typeof value === "string" && MONTH.test(value);
}

/** The calendar month of `date` in the server's local time zone. */
export function monthOf(date: Date): Month {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

export function addMonths(month: Month, n: number): Month {
  const [, y, m] = MONTH.exec(month) ?? [];
  const index = Number(y) * 12 + (Number(m) - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Money sums rounded to cents, so 0.1 + 0.2 shows as 0.3; anything not finite counts as 0. */
export function roundMoney(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}

function money(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

export function costSchedule(
  members: readonly { monthlyCost: number }[],
  hires: readonly { status: HireStatus | string; targetMonth: string; monthlyBudget: number }[],
): CostSchedule {
  const memberMonthlyCost = roundMoney(members.reduce((sum, m) => sum + money(m.monthlyCost), 0));
  const byMonth = new Map<Month, number>();
  for (const hire of hires) {
    if (hire.status === "FILLED" || !isMonth(hire.targetMonth) || money(hire.monthlyBudget) === 0) continue;
    byMonth.set(hire.targetMonth, (byMonth.get(hire.targetMonth) ?? 0) + hire.monthlyBudget);
  }
  const hireCostSteps = [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, amount]) => ({ month, amount: roundMoney(amount) }));
  return { memberMonthlyCost, hireCostSteps };
}

/** Reads a stored schedule defensively: malformed steps are dropped rather than turning into NaN. */
export function parseCostSteps(stored: unknown): CostStep[] {
  if (!Array.isArray(stored)) return [];
  return stored
    .filter((s): s is CostStep => !!s && typeof s === "object" && isMonth((s as CostStep).month) && money((s as CostStep).amount) > 0)
    .map((s) => ({ month: s.month, amount: s.amount }));
}

/** `months` monthly totals starting at `from`. A hire whose target month is already past counts from `from`. */
export function costByMonth(schedule: CostSchedule, from: Month, months = COST_MONTHS): number[] {
  const base = money(schedule.memberMonthlyCost);
  return Array.from({ length: months }, (_, i) => {
    const month = addMonths(from, i);
    const hires = schedule.hireCostSteps.reduce((sum, step) => (step.month <= month ? sum + money(step.amount) : sum), 0);
    return roundMoney(base + hires);
  });
}

/** A role added to the hiring plan "for later" starts this many months from now. */
export const LATER_START_MONTHS = 3;
