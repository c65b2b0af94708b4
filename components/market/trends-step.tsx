"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { RowCard } from "@/components/ui/row-card";
import { FormError } from "@/components/ui/form-error";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addTrendAction, deleteTrendAction, updateTrendAction } from "@/lib/market/actions";
import { TREND_IMPACTS, TRENDS, type TrendKey } from "@/lib/market/model";
import type { Market } from "@/lib/market/data";
import { SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";

type Trend = Market["trends"][number];
type TrendForm = Omit<Trend, "id" | "version" | "trendKey">;

export function TrendsStep({ projectId, trends, canEdit }: { projectId: string; trends: Trend[]; canEdit: boolean }) {
  const t = useTranslations("market");
  const impactOptions = TREND_IMPACTS.map((i) => ({ value: i, label: t(`trends.impacts.${i}`) }));
  return (
    <div className="space-y-4">
      <AddRowForm
        id="new-trend-title"
        field="title"
        label={t("trends.customLabel")}
        placeholder={t("trends.customPlaceholder")}
        buttonLabel={t("row.add")}
        disabled={!canEdit}
        onAdd={(title) => addTrendAction({ projectId, title, trendKey: null })}
      />
      <section aria-labelledby="trend-list-title" className="space-y-3">
        <h3 id="trend-list-title" className="font-medium">
          {t("trends.listTitle", { count: trends.length })}
        </h3>
        {trends.length === 0 ? <p className="text-sm text-slate-500">{t("row.empty")}</p> : null}
        <ul className="space-y-3" data-testid="trend-list">
          {trends.map((trend) => (
            <li key={trend.id}>
              <TrendRow projectId={projectId} trend={trend} canEdit={canEdit} impactOptions={impactOptions} />
            </li>
          ))}
        </ul>
      </section>
      {/* Open until the founder has notes of their own, so the list above stays in view afterwards. */}
      <TrendSuggestions projectId={projectId} used={new Set(trends.map((tr) => tr.trendKey))} canEdit={canEdit} open={trends.length === 0} />
    </div>
  );
}

/** The source articles' expected directions, offered as hedged prompts to examine. */
function TrendSuggestions({ projectId, used, canEdit, open }: { projectId: string; used: Set<string | null>; canEdit: boolean; open: boolean }) {
  const t = useTranslations("market.trends");
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const add = (trendKey: TrendKey) =>
    startTransition(async () => {
      const result = await addTrendAction({ projectId, title: t(`catalogue.${trendKey}.title`), trendKey });
      setFailure(result.ok ? null : result.code);
      if (result.ok) router.refresh();
    });
  return (
    <details open={open} className="rounded-lg border bg-white p-5 shadow-sm" data-testid="trend-suggestions">
      <summary className="cursor-pointer font-medium">{t("suggestionsTitle")}</summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm text-slate-600">{t("suggestionsHint")}</p>
        {(Object.keys(TRENDS) as (keyof typeof TRENDS)[]).map((group) => (
          <section key={group} aria-label={t(`groups.${group}`)}>
            <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t(`groups.${group}`)}</h4>
            <ul className="mt-1 divide-y">
              {TRENDS[group].map((key) => (
                <li key={key} className="flex items-start justify-between gap-3 py-2 text-sm">
                  <div>
                    <p className="font-medium text-slate-800">{t(`catalogue.${key}.title`)}</p>
                    <p className="text-slate-600">{t(`catalogue.${key}.hint`)}</p>
                  </div>
                  {used.has(key) ? (
                    <span className="shrink-0 text-xs text-emerald-700">{t("alreadyAdded")}</span>
                  ) : (
                    <Button size="sm" variant="secondary" className="shrink-0" aria-label={`${t("addSuggestion")}: ${t(`catalogue.${key}.title`)}`} disabled={!canEdit || pending} onClick={() => add(key)}>
                      {t("addSuggestion")}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <FormError code={failure} />
      </div>
    </details>
  );
}

function TrendRow({ projectId, trend, canEdit, impactOptions }: { projectId: string; trend: Trend; canEdit: boolean; impactOptions: { value: string; label: string }[] }) {
  const t = useTranslations("market");
  const { id, version, trendKey: _key, ...initial } = trend;
  const autosave = useAutosave<TrendForm>({
    key: `market-trend:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateTrendAction({ projectId, id, version: v, ...values }),
  });
  const prefix = `trend-${id}`;
  return (
    <RowCard name={autosave.values.title} className="space-y-3" data-testid="trend-row">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="title" idPrefix={prefix} label={t("trends.title")} disabled={!canEdit} />
        </div>
        <div className="w-44">
          <SelectField autosave={autosave} field="impact" idPrefix={prefix} label={t("trends.impact")} disabled={!canEdit} options={impactOptions} />
        </div>
        <DeleteRowButton
          label={t("row.delete")}
          accessibleLabel={t("row.deleteNamed", { name: autosave.values.title })}
          disabled={!canEdit}
          draftKey={`market-trend:${id}`}
          onDelete={() => deleteTrendAction({ projectId, id })}
        />
      </div>
      <TextAreaField autosave={autosave} field="note" idPrefix={prefix} label={t("trends.note")} hint={t("trends.noteHint")} disabled={!canEdit} />
      <SaveStatus autosave={autosave} labels={{ title: t("trends.title"), impact: t("trends.impact"), note: t("trends.note") }} />
    </RowCard>
  );
}
