"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { riskBand, SCALE } from "@/lib/risks/model";
import { BAND_CELL } from "./band-style";
import { useRegisterUrl } from "./use-register-url";

/**
 * 5 × 5 likelihood × impact grid with the number of risks per cell. Each cell is a button: selecting
 * it filters the list to that cell, selecting it again clears the filter.
 */
export function HeatMap({ counts, selected }: { counts: number[][]; selected: { likelihood: number; impact: number } | null }) {
  const t = useTranslations("risks");
  const update = useRegisterUrl();
  const impactsTopDown = [...SCALE].reverse();
  return (
    <section aria-labelledby="risk-heat-map-title" data-testid="heat-map" className="max-w-[22rem] space-y-2">
      <h3 id="risk-heat-map-title" className="font-semibold">
        {t("heatMap.title")}
      </h3>
      <p className="text-xs text-slate-600">{t("heatMap.description")}</p>
      <div className="flex gap-2">
        <div className="flex w-5 items-center justify-center">
          <span className="-rotate-90 whitespace-nowrap text-xs text-slate-600">{t("heatMap.impactAxis")}</span>
        </div>
        <div>
          <div className="grid grid-cols-[1.5rem_repeat(5,minmax(2.5rem,3.25rem))] gap-1">
            {impactsTopDown.map((impact) => (
              <Row key={impact} impact={impact}>
                {SCALE.map((likelihood) => {
                  const count = counts[impact - 1]?.[likelihood - 1] ?? 0;
                  const band = riskBand(likelihood, impact);
                  const isSelected = selected?.likelihood === likelihood && selected?.impact === impact;
                  return (
                    <button
                      key={likelihood}
                      type="button"
                      data-testid={`heat-cell-${likelihood}-${impact}`}
                      data-count={count}
                      aria-pressed={isSelected}
                      aria-label={t("heatMap.cell", { likelihood, impact, count, band: t(`bands.${band}`) })}
                      onClick={() => update({ cell: isSelected ? null : `${likelihood}-${impact}` })}
                      className={cn(
                        "grid h-10 place-items-center rounded text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
                        BAND_CELL[band],
                        count === 0 && "font-normal opacity-60",
                        isSelected && "ring-2 ring-slate-900",
                      )}
                    >
                      {count}
                    </button>
                  );
                })}
              </Row>
            ))}
            <span />
            {SCALE.map((likelihood) => (
              <span key={likelihood} aria-hidden className="text-center text-xs text-slate-600">
                {likelihood}
              </span>
            ))}
          </div>
          <p className="mt-1 text-center text-xs text-slate-600">{t("heatMap.likelihoodAxis")}</p>
        </div>
      </div>
      <p className="text-xs text-slate-500">{t("heatMap.legend")}</p>
      {selected ? (
        <Button variant="link" size="sm" onClick={() => update({ cell: null })}>
          {t("heatMap.clearCell")}
        </Button>
      ) : null}
    </section>
  );
}

function Row({ impact, children }: { impact: number; children: ReactNode }) {
  return (
    <>
      <span aria-hidden className="grid place-items-center text-xs text-slate-600">
        {impact}
      </span>
      {children}
    </>
  );
}
