// Number formats of the section. Money goes through the app's one money formatter (cents kept,
// thousands separators, the project's currency symbol). Unknown shows as "—".
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";

export type Formatters = {
  money: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
  percent: (value: number | null) => string;
};

export function formatters(locale: string, currency: string): Formatters {
  return {
    money: (v) => (v === null ? "—" : formatMoney(v, locale, currency)),
    number: (v, digits = 1) => (v === null ? "—" : formatNumber(v, locale, digits)),
    percent: (v) => formatPercent(v, locale),
  };
}
