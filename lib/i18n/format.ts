// Every number, amount, month and date the app shows, in one place, through next-intl's formatter
// (the same one `getFormatter`/`useFormatter` give pages), so server pages, client components, the PDF,
// the exports and mail all format alike. The app's own rules live here: money keeps its cents
// ($299 − $32.40 = $266.60) with the locale's separators and the project's currency symbol ($, ¥), and
// amounts under one unit keep up to three significant digits (a token-priced call often costs a
// fraction of a cent).
import { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;
const byLocale = new Map<string, Formatter>();

/** Calendar values (months, due dates) are UTC so they name the same day in every zone. */
function formatter(locale: string): Formatter {
  let f = byLocale.get(locale);
  if (!f) {
    f = createFormatter({ locale, timeZone: "UTC" });
    byLocale.set(locale, f);
  }
  return f;
}

export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return "—";
  return formatter(locale).number(value, { maximumFractionDigits });
}

/** A percentage given as 0–100 ("12.5" → "12.5%"), or "—" when unknown. */
export function formatPercent(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return formatter(locale).number(value / 100, { style: "percent", maximumFractionDigits: 1 });
}

/** A short count for chart axes and tight cells ("12K", "1.2万"). */
export function formatCompact(value: number, locale: string): string {
  if (!Number.isFinite(value)) return "—";
  return formatter(locale).number(value, { notation: "compact", maximumFractionDigits: 1 });
}

export function formatMoney(value: number | null, locale: string, currency = "USD"): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return formatter(locale).number(value, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
    maximumFractionDigits: fractionDigits(Math.abs(value)),
  });
}

// Cents always; under one unit up to three significant digits, so a fraction-of-a-cent cost stays
// readable ($0.002, $0.00313) without padding ($0.0020) or collapsing to $0.00.
function fractionDigits(size: number): number {
  if (size === 0 || size >= 1) return 2;
  return Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(size))));
}

/** A calendar month ("2028-02") as words ("Feb 2028", "2028年2月"); the same in every time zone. */
export function formatMonth(month: string, locale: string): string {
  const [year, m] = month.split("-").map(Number);
  if (!Number.isInteger(year) || !Number.isInteger(m)) return month;
  return formatter(locale).dateTime(new Date(Date.UTC(year, m - 1, 1)), { year: "numeric", month: "short" });
}

/**
 * A calendar date ("2027-03-01", a due or review date) as words ("Mar 1, 2027"): the same day for every
 * reader, whatever their time zone.
 */
export function formatCalendarDate(iso: string | null, locale: string): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "—";
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return "—";
  return formatter(locale).dateTime(date, { dateStyle: "medium" });
}

/** An instant (when something happened) with its time, in a given zone: exports and mail, which cannot know the reader's zone. */
export function formatInstant(instant: Date, locale: string, timeZone: string): string {
  return formatter(locale).dateTime(instant, { dateStyle: "medium", timeStyle: "short", timeZone });
}
