// Number, money and month formatting shared by server and client views: the one place money is
// formatted. Money keeps its cents ($299 − $32.40 = $266.60) with the locale's thousands
// separators and the project's currency symbol ($, ¥); amounts under one unit keep up to three
// significant digits (a token-priced call often costs a fraction of a cent).
export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatMoney(value: number | null, locale: string, currency = "USD"): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
    maximumFractionDigits: fractionDigits(Math.abs(value)),
  }).format(value);
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
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/**
 * A calendar date ("2027-03-01", a due or review date) as words ("Mar 1, 2027"): the same day for every
 * reader, whatever their time zone. Instants (when something happened) use next-intl's formatter instead,
 * which shows them in the viewer's zone.
 */
export function formatCalendarDate(iso: string | null, locale: string): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "—";
  const date = new Date(`${iso}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
