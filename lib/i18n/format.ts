// Number, money and month formatting shared by server and client views: the one place money is
// formatted. Money keeps its cents ($299 − $32.40 = $266.60) with the locale's thousands
// separators and the project's currency symbol ($, ¥); amounts under one unit keep up to four
// decimals (a token-priced call often costs a fraction of a cent).
export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatMoney(value: number, locale: string, currency = "USD"): string {
  if (!Number.isFinite(value)) return "—";
  const size = Math.abs(value);
  const maximumFractionDigits = size > 0 && size < 1 ? 4 : 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: 2, maximumFractionDigits }).format(value);
}

/** A calendar month ("2028-02") as words ("Feb 2028", "2028年2月"); the same in every time zone. */
export function formatMonth(month: string, locale: string): string {
  const [year, m] = month.split("-").map(Number);
  if (!Number.isInteger(year) || !Number.isInteger(m)) return month;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(year, m - 1, 1)));
}
