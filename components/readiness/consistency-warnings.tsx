import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatMoney, formatMonth } from "@/lib/i18n/format";
import { INCONSISTENCY_PENALTY, type Inconsistency } from "@/lib/readiness/consistency";

const MONEY = new Set(["need", "burn", "compute", "market", "model"]);
const MONTHS = new Set(["cashOut", "round"]);

/** Values as the reader reads them: money in the plan's currency, "yyyy-mm" as a month. */
function shown(values: Inconsistency["values"], locale: string, currency: string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      if (MONEY.has(key) && typeof value === "number") return [key, formatMoney(value, locale, currency)];
      if (MONTHS.has(key) && typeof value === "string") return [key, formatMonth(value, locale)];
      return [key, value];
    }),
  );
}

/** Contradictions between two sections, each with its penalty and links to both places. */
export async function ConsistencyWarnings({ inconsistencies, projectId, locale, currency }: { inconsistencies: readonly Inconsistency[]; projectId: string; locale: string; currency: string }) {
  const t = await getTranslations("readiness");
  const tSections = await getTranslations("sections");
  if (inconsistencies.length === 0) {
    return (
      <p className="text-sm text-slate-600" data-testid="consistency-none">
        {t("consistency.none")}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">{t("consistency.intro", { penalty: INCONSISTENCY_PENALTY })}</p>
      <ul className="space-y-2" data-testid="consistency-warnings">
        {inconsistencies.map((x) => (
          <li key={x.id} data-testid={`consistency-${x.id}`} className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2">
            <p className="text-sm text-slate-900">{t(`consistency.${x.id}`, shown(x.values, locale, currency))}</p>
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
              <span className="font-semibold tabular-nums text-amber-800">{t("consistency.penalty", { points: x.penalty })}</span>
              {x.places.map((p) => (
                <Link
                  key={`${p.section}-${p.step}`}
                  href={`/projects/${projectId}/${p.section}${p.step ? `?step=${encodeURIComponent(p.step)}` : ""}`}
                  className="text-brand-700 underline-offset-4 hover:underline"
                >
                  {tSections(p.section)}
                </Link>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
