"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { dismissSuggestionAction, restoreSuggestionAction } from "@/lib/risks/actions";
import type { RiskSuggestion } from "@/lib/risks/model";
import { DuplicateHint } from "./duplicate-hint";
import type { LikelyDuplicates } from "./identify-sources";
import { riskFromTemplate } from "./template-risk";
import { useAddRisk } from "./use-add-risk";

/** Risks the rest of the plan suggests, each with its reason, a one-click add and a dismiss. */
export function SuggestionsPanel(props: { projectId: string; open: RiskSuggestion[]; dismissed: RiskSuggestion[]; canEdit: boolean; duplicates: LikelyDuplicates }) {
  const { projectId, open, dismissed, canEdit, duplicates } = props;
  const t = useTranslations("risks");
  const router = useRouter();
  const adder = useAddRisk();
  const [pending, startTransition] = useTransition();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const toggle = (action: typeof dismissSuggestionAction, suggestionId: string) =>
    startTransition(async () => {
      const result = await action({ projectId, suggestionId });
      setErrorCode(result.ok ? null : result.code);
      if (result.ok) router.refresh();
    });

  return (
    <Card className="space-y-3" data-testid="risk-suggestions">
      <CardTitle>{t("suggestions.title")}</CardTitle>
      <p className="text-sm text-slate-600">{t("suggestions.intro")}</p>
      {open.length === 0 ? <p className="text-sm text-slate-600">{t("suggestions.none")}</p> : null}
      <ul className="space-y-3">
        {open.map((s) => (
          <li key={s.id} data-testid="risk-suggestion" data-suggestion-id={s.id} className="space-y-2 rounded-md border p-3">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone="info">{t(`categories.${s.category}`)}</Badge>
              <p className="font-medium">{t(`templates.${s.template}.title`)}</p>
            </div>
            <p className="text-sm text-slate-700">
              <span className="font-medium">{t("suggestions.because")}: </span>
              {t(`suggestions.reasons.${s.reasonKey}`, s.values)}
            </p>
            <DuplicateHint projectId={projectId} templateId={s.template} duplicates={duplicates} />
            <div className="flex flex-wrap gap-2">
              <Button size="sm" disabled={!canEdit || adder.pending} onClick={() => adder.add(riskFromTemplate(projectId, s.template, t))}>
                {t("suggestions.add")}
              </Button>
              <Button size="sm" variant="secondary" disabled={!canEdit || pending} onClick={() => toggle(dismissSuggestionAction, s.id)}>
                {t("suggestions.dismiss")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <FormError code={adder.errorCode ?? errorCode} />
      {dismissed.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">
            {t("suggestions.dismissedTitle")} ({dismissed.length})
          </summary>
          <ul className="mt-2 space-y-2">
            {dismissed.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>{t(`templates.${s.template}.title`)}</span>
                <Button size="sm" variant="link" disabled={!canEdit || pending} onClick={() => toggle(restoreSuggestionAction, s.id)}>
                  {t("suggestions.restore")}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
