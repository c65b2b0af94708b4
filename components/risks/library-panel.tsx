"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { RISK_TEMPLATES, templatesByCategory } from "@/lib/risks/library";
import { RISK_CATEGORIES } from "@/lib/risks/model";
import { DuplicateHint } from "./duplicate-hint";
import type { LikelyDuplicates } from "./identify-sources";
import { riskFromTemplate } from "./template-risk";
import { useAddRisk } from "./use-add-risk";

/** Bilingual templates per category with a suggested mitigation and contingency; one click adds a copy. */
export function LibraryPanel({ projectId, templatesInUse, canEdit, duplicates }: { projectId: string; templatesInUse: string[]; canEdit: boolean; duplicates: LikelyDuplicates }) {
  const t = useTranslations("risks");
  const adder = useAddRisk();
  const inUse = new Set(templatesInUse);
  return (
    <Card className="space-y-3" data-testid="risk-library">
      <CardTitle>{t("library.title")}</CardTitle>
      <p className="text-sm text-slate-600">{t("library.intro")}</p>
      <FormError code={adder.errorCode} />
      <div className="divide-y rounded-md border">
        {templatesByCategory(RISK_CATEGORIES).map(({ category, templates }) => (
          <details key={category} className="group p-3" data-testid={`library-${category}`}>
            <summary className="cursor-pointer font-medium">
              {t(`categories.${category}`)} <span className="text-xs font-normal text-slate-500">({templates.length})</span>
            </summary>
            <ul className="mt-3 space-y-4">
              {templates.map((id) => {
                const template = RISK_TEMPLATES[id];
                return (
                  <li key={id} className="space-y-1 text-sm" data-testid="library-template" data-template-id={id}>
                    <p className="font-medium">{t(`templates.${id}.title`)}</p>
                    <p className="text-slate-700">{t(`templates.${id}.description`)}</p>
                    <p>
                      <span className="font-medium">{t("library.suggestedMitigation")}: </span>
                      {t(`templates.${id}.mitigation`)}
                    </p>
                    <p>
                      <span className="font-medium">{t("library.contingency")}: </span>
                      {t(`templates.${id}.contingency`)}
                    </p>
                    <DuplicateHint projectId={projectId} templateId={id} duplicates={duplicates} />
                    <p className="text-xs text-slate-500">
                      {t("library.defaultRating", { likelihood: template.likelihood, impact: template.impact })} · {t(`responses.${template.response}`)} ·{" "}
                      {template.sources ? t("library.source", { sources: template.sources }) : t("library.own")}
                    </p>
                    <div className="flex flex-wrap items-center gap-2 pt-1">
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={!canEdit || adder.pending}
                        aria-label={`${t("library.add")}: ${t(`templates.${id}.title`)}`}
                        onClick={() => adder.add(riskFromTemplate(projectId, id, t))}
                      >
                        {t("library.add")}
                      </Button>
                      {inUse.has(id) ? <Badge tone="good">{t("library.added")}</Badge> : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </details>
        ))}
      </div>
    </Card>
  );
}
