// Number formats of the section. Money is in the project's currency; per-unit amounts keep cents
// (inference per unit is often a fraction of a cent), totals do not. Unknown shows as "—".
import { formatMoney, formatNumber } from "@/lib/i18n/format";

export type Formatters = {
  money: (value: number | null) => string;
  unitMoney: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
  percent: (value: number | null) => string;
};

export function formatters(locale: string, currency: string): Formatters {
  return {
    money: (v) => (v === null ? "—" : formatMoney(v, locale, currency)),
    unitMoney: (v) => {
      if (v === null || !Number.isFinite(v)) return "—";
      const size = Math.abs(v);
      const [min, max] = size >= 100 ? [0, 0] : size >= 1 || size === 0 ? [2, 2] : [2, 4];
      return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: min, maximumFractionDigits: max }).format(v);
    },
    number: (v, digits = 1) => (v === null ? "—" : formatNumber(v, locale, digits)),
    percent: (v) => (v === null || !Number.isFinite(v) ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(v / 100)),
  };
}
