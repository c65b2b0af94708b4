// Cloud and model credits: how much of each month's spend they cover until they run out or expire.
// The forecast passes its own monthly spend and subtracts the offsets; this module only knows
// months by index (0 = the forecast's first month). Pure.

export const CREDIT_SCOPES = ["cloud", "modelApi", "any"] as const;
export type CreditScope = (typeof CREDIT_SCOPES)[number];

export type Credit = {
  /** In the project currency. */
  amount: number;
  appliesTo: CreditScope;
  /** yyyy-mm-dd, or null: usable from the first month. */
  startsOn: string | null;
  /** yyyy-mm-dd, or null: never expires. */
  expiresOn: string | null;
};

/** Spend the credits can pay for, per month (index 0 = `startMonth`). Missing months count as 0. */
export type EligibleSpend = { cloud: readonly number[]; modelApi: readonly number[] };

export type CreditSchedule = {
  /** month index → amount the credits pay that month. */
  offsets: number[];
  /** Per credit (input order): the balance left unused when it expired (0 if used up or not expired). */
  expiredUnused: number[];
  /** The last month index any credit pays for; null when none does. */
  lastCoveredMonth: number | null;
};

/** yyyy-mm + n months → [first day, last day] as yyyy-mm-dd (calendar arithmetic, no time zones). */
export function monthBounds(startMonth: string, index: number): { first: string; last: string } {
  const [y, m] = startMonth.split("-").map(Number);
  const total = y * 12 + (m - 1) + index;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, "0");
  return { first: `${year}-${mm}-01`, last: `${year}-${mm}-${String(days).padStart(2, "0")}` };
}

const spendAt = (series: readonly number[], m: number) => {
  const v = series[m];
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
};

/**
 * Draws credits against eligible spend month by month. A credit counts in a month only when it has
 * started by the month's first day and does not expire before its last day, so runway is never
 * overstated by a credit that lapses mid-month. Credits that expire first are used first.
 */
export function creditSchedule(credits: readonly Credit[], startMonth: string, months: number, spend: EligibleSpend): CreditSchedule {
  const balance = credits.map((c) => (Number.isFinite(c.amount) && c.amount > 0 ? c.amount : 0));
  const expiredUnused = credits.map(() => 0);
  const order = credits
    .map((credit, i) => ({ credit, i }))
    .sort((a, b) => (a.credit.expiresOn ?? "9999-12-31").localeCompare(b.credit.expiresOn ?? "9999-12-31") || a.i - b.i);
  const offsets: number[] = [];
  let lastCoveredMonth: number | null = null;

  for (let m = 0; m < months; m++) {
    const { first, last } = monthBounds(startMonth, m);
    let cloud = spendAt(spend.cloud, m);
    let modelApi = spendAt(spend.modelApi, m);
    let paid = 0;
    for (const { credit, i } of order) {
      if (balance[i] <= 0) continue;
      if (credit.expiresOn !== null && credit.expiresOn < last) {
        // Lapsed (or lapses this month): whatever is left is lost.
        expiredUnused[i] = balance[i];
        balance[i] = 0;
        continue;
      }
      if (credit.startsOn !== null && credit.startsOn > first) continue;
      const fromCloud = credit.appliesTo === "modelApi" ? 0 : Math.min(balance[i], cloud);
      cloud -= fromCloud;
      balance[i] -= fromCloud;
      const fromApi = credit.appliesTo === "cloud" ? 0 : Math.min(balance[i], modelApi);
      modelApi -= fromApi;
      balance[i] -= fromApi;
      paid += fromCloud + fromApi;
    }
    offsets.push(paid);
    if (paid > 0) lastCoveredMonth = m;
  }
  return { offsets, expiredUnused, lastCoveredMonth };
}

/** The forecast's entry point: month index → amount the credits offset. */
export function creditOffsets(credits: readonly Credit[], startMonth: string, months: number, spend: EligibleSpend): number[] {
  return creditSchedule(credits, startMonth, months, spend).offsets;
}
