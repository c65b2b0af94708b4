"use client";
import { ShieldAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RowCard } from "@/components/ui/row-card";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/actions/result";
import { chooseRevenueModelAction, removeRevenueModelAction } from "@/lib/business-model/actions";
import type { RevenueChoiceView } from "@/lib/business-model/data";
import { REVENUE_MODEL_PARAMS } from "@/lib/business-model/model";
import { REVENUE_MODELS, type RevenueModelId } from "@/lib/plan/facts";
import { formatters } from "./format";
import { RevenueModelForm } from "./revenue-model-form";

type Props = { projectId: string; choices: RevenueChoiceView[]; canEdit: boolean; currency: string };

export function RevenueModels({ projectId, choices, canEdit, currency }: Props) {
  const t = useTranslations("businessModel.revenue");
  const f = formatters(useLocale(), currency);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : result.code);
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <p className="text-sm font-medium" data-testid="revenue-summary">
        {t("chosenCount", { count: choices.length })}
        {choices.length > 0 ? ` · ${t("lineRevenue")}: ${f.money(choices.reduce((sum, c) => sum + (c.price ?? 0) * (c.currentVolume ?? 0), 0))}` : null}
      </p>
      <FormError code={error} />
      <ul className="space-y-4">
        {REVENUE_MODELS.map((model) => {
          const choice = choices.find((c) => c.model === model);
          return (
            <li key={model}>
              <ModelCard model={model} chosen={Boolean(choice)}>
                {choice ? <RevenueModelForm projectId={projectId} choice={choice} canEdit={canEdit} currency={currency} /> : null}
                <div className="flex justify-end">
                  {choice ? (
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={!canEdit || pending}
                      onClick={() => window.confirm(t("confirmRemove")) && run(() => removeRevenueModelAction({ projectId, model }))}
                    >
                      {t("remove", { model: t(`models.${model}.name`) })}
                    </Button>
                  ) : (
                    <Button size="sm" disabled={!canEdit || pending} onClick={() => run(() => chooseRevenueModelAction({ projectId, model }))}>
                      {t("choose", { model: t(`models.${model}.name`) })}
                    </Button>
                  )}
                </div>
              </ModelCard>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ModelCard({ model, chosen, children }: { model: RevenueModelId; chosen: boolean; children: React.ReactNode }) {
  const t = useTranslations("businessModel.revenue");
  const key = (field: string) => `models.${model}.${field}`;
  return (
    <RowCard name={t(key("name"))} className={chosen ? "space-y-3 border-brand-500" : "space-y-3"} data-testid={`revenue-model-${model}`} data-chosen={chosen}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">
          {t(key("name"))} <span className="font-normal text-slate-500">({t(key("term"))})</span>
        </h3>
        {chosen ? <Badge tone="info">{t("chosen")}</Badge> : null}
      </div>
      <p className="text-sm text-slate-700">
        <span className="font-medium">{t("docSays")}: </span>
        {t(key("docSays"))}
      </p>
      <details className="text-sm text-slate-700">
        <summary className="cursor-pointer text-brand-700">{t("launchpadGuidance")}</summary>
        <dl className="mt-2 grid gap-2 sm:grid-cols-3">
          {(["pros", "cons", "fitsWhen"] as const).map((field) => (
            <div key={field}>
              <dt className="font-medium">{t(field)}</dt>
              <dd>{t(key(field))}</dd>
            </div>
          ))}
        </dl>
      </details>
      {REVENUE_MODEL_PARAMS[model].privacyWarning ? (
        <div role="note" data-testid="privacy-warning" className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <ShieldAlert aria-hidden className="h-5 w-5 shrink-0" />
          <p>
            <span className="font-semibold">{t("privacyTitle")}: </span>
            {t("privacyWarning")}
          </p>
        </div>
      ) : null}
      {children}
    </RowCard>
  );
}
