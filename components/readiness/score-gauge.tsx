import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { BandId } from "@/lib/readiness/rubric";
import { cn } from "@/components/ui/cn";

export const BAND_STYLE: Record<BandId, { ring: string; badge: string }> = {
  early: { ring: "stroke-red-500", badge: "bg-red-50 text-red-800" },
  developing: { ring: "stroke-amber-500", badge: "bg-amber-50 text-amber-900" },
  nearlyReady: { ring: "stroke-brand-500", badge: "bg-brand-50 text-brand-700" },
  ready: { ring: "stroke-emerald-600", badge: "bg-emerald-50 text-emerald-800" },
};

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The total out of 100 as a ring, with its band. */
export async function ScoreGauge({ total, band, locale }: { total: number; band: BandId; locale: string }) {
  const t = await getTranslations("readiness");
  const share = Math.min(1, Math.max(0, Number.isFinite(total) ? total / 100 : 0));
  const shown = formatNumber(total, locale, 1);
  return (
    <div className="flex flex-col items-center gap-2">
      <svg viewBox="0 0 128 128" className="h-40 w-40" role="img" aria-label={t("gaugeLabel", { total: shown, band: t(`bands.${band}`) })}>
        <circle cx="64" cy="64" r={RADIUS} fill="none" strokeWidth="12" className="stroke-slate-200" />
        {share > 0 ? (
          <circle
            cx="64"
            cy="64"
            r={RADIUS}
            fill="none"
            strokeWidth="12"
            strokeLinecap="round"
            className={BAND_STYLE[band].ring}
            strokeDasharray={`${share * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
            transform="rotate(-90 64 64)"
          />
        ) : null}
        <text x="64" y="62" textAnchor="middle" className="fill-slate-900 text-[28px] font-bold">
          {shown}
        </text>
        <text x="64" y="84" textAnchor="middle" className="fill-slate-500 text-[11px]">
          {t("outOf")}
        </text>
      </svg>
      <p className="sr-only" data-testid="readiness-total" data-total={total}>
        {shown}
      </p>
      <span data-testid="readiness-band" data-band={band} className={cn("rounded-full px-3 py-1 text-sm font-semibold", BAND_STYLE[band].badge)}>
        {t(`bands.${band}`)}
      </span>
      <p className="max-w-56 text-center text-xs text-slate-600">{t(`bandHints.${band}`)}</p>
    </div>
  );
}
