// Number and money formatting shared by server and client views.
export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

export function formatMoney(value: number, locale: string, currency = "USD"): string {
  if (!Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
}

/** Amounts below 1,000 (a cost per request, a price per 1M tokens) keep three significant digits: 0.0031 stays 0.0031, 17.5 stays 17.5. */
export function formatPreciseMoney(value: number | null, locale: string, currency = "USD"): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const small = Math.abs(value) > 0 && Math.abs(value) < 1000;
  return new Intl.NumberFormat(locale, small ? { style: "currency", currency, maximumSignificantDigits: 3 } : { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
}
