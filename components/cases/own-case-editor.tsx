"use client";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { updateOwnCaseAction } from "@/lib/cases/actions";
import type { OwnCaseFormValues } from "@/lib/cases/model";
import { CASE_LIMITS } from "@/lib/cases/schema";
import {
  AI_PATTERNS,
  CASE_RISK_CATEGORIES,
  FAILURE_CAUSES,
  OUTCOMES,
  OWN_CASE_KINDS,
  OWN_SOURCE_QUALITIES,
  REVENUE_MODELS,
  SECTOR_TAGS,
  STAGES,
  type Outcome,
  type OwnCaseKind,
} from "@/lib/cases/tags";
import { TagCheckboxes } from "./tag-checkboxes";

export type OwnCaseValues = OwnCaseFormValues;

const TEXT_FIELDS = ["context", "approach", "businessModel", "whatHappened", "risks", "lessons"] as const;

/** The team's own case, autosaved as they type; same fields and tags as a library card. */
export function OwnCaseEditor({ projectId, caseId, initial, version }: { projectId: string; caseId: string; initial: OwnCaseValues; version: number }) {
  const t = useTranslations("cases");
  const autosave = useAutosave<OwnCaseValues>({
    key: `own-case:${caseId}`,
    initial,
    version,
    save: (values, v) => updateOwnCaseAction({ projectId, caseId, version: v, ...values }),
  });
  const { values, set, fieldErrors } = autosave;
  const textLabel = (field: (typeof TEXT_FIELDS)[number]) => t(`card.${field}`);
  const labels = {
    title: t("own.title"),
    kind: t("own.kind"),
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, textLabel(f)])),
    source: t("own.source"),
    sourceQuality: t("own.sourceQuality"),
    outcome: t("own.outcome"),
  } as Partial<Record<keyof OwnCaseValues, string>>;

  return (
    <Card className="space-y-4" data-testid="own-case-editor">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="font-semibold text-slate-900">{t("own.editTitle")}</h2>
        <SaveStatus autosave={autosave} labels={labels} />
      </div>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field id="case-kind" label={t("own.kind")} error={fieldErrors.kind}>
          <Select id="case-kind" value={values.kind} onChange={(e) => set({ kind: e.target.value as OwnCaseKind })}>
            {OWN_CASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="case-title" label={t("own.title")} error={fieldErrors.title}>
          <Input id="case-title" value={values.title} maxLength={CASE_LIMITS.title} onChange={(e) => set({ title: e.target.value })} {...invalidProps("case-title", fieldErrors.title)} />
        </Field>
      </div>
      {TEXT_FIELDS.map((field) => (
        <Field
          key={field}
          id={`case-${field}`}
          label={textLabel(field)}
          hint={field === "risks" ? t("own.risksHint") : field === "lessons" ? t("own.lessonsHint") : undefined}
          error={fieldErrors[field]}
        >
          <Textarea
            id={`case-${field}`}
            rows={3}
            value={values[field]}
            maxLength={CASE_LIMITS.text}
            onChange={(e) => set({ [field]: e.target.value } as Partial<OwnCaseValues>)}
            {...invalidProps(`case-${field}`, fieldErrors[field])}
          />
        </Field>
      ))}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="case-outcome" label={t("own.outcome")} error={fieldErrors.outcome}>
          <Select id="case-outcome" value={values.outcome} onChange={(e) => set({ outcome: e.target.value as Outcome })}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`tags.outcome.${o}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="case-source-quality" label={t("own.sourceQuality")} error={fieldErrors.sourceQuality}>
          <Select id="case-source-quality" value={values.sourceQuality} onChange={(e) => set({ sourceQuality: e.target.value as OwnCaseValues["sourceQuality"] })}>
            {OWN_SOURCE_QUALITIES.map((q) => (
              <option key={q} value={q}>
                {t(`sourceQuality.${q}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="case-source" label={t("own.source")} hint={t("own.sourceHint")} error={fieldErrors.source}>
        <Input id="case-source" value={values.source} maxLength={CASE_LIMITS.source} onChange={(e) => set({ source: e.target.value })} {...invalidProps("case-source", fieldErrors.source)} />
      </Field>
      <TagCheckboxes id="case-sectors" legend={t("filters.sector")} options={SECTOR_TAGS} labelGroup="sector" value={values.sectors} disabled={false} onChange={(sectors) => set({ sectors })} />
      <TagCheckboxes id="case-patterns" legend={t("filters.pattern")} options={AI_PATTERNS} labelGroup="pattern" value={values.aiPatterns} disabled={false} onChange={(aiPatterns) => set({ aiPatterns })} />
      <TagCheckboxes id="case-revenue" legend={t("filters.revenue")} options={REVENUE_MODELS} labelGroup="revenue" value={values.revenueModels} disabled={false} onChange={(revenueModels) => set({ revenueModels })} />
      <TagCheckboxes id="case-stages" legend={t("filters.stage")} options={STAGES} labelGroup="stage" value={values.stages} disabled={false} onChange={(stages) => set({ stages })} />
      <TagCheckboxes id="case-causes" legend={t("filters.cause")} options={FAILURE_CAUSES} labelGroup="cause" value={values.failureCauses} disabled={false} onChange={(failureCauses) => set({ failureCauses })} />
      <TagCheckboxes
        id="case-risk-categories"
        legend={t("apply.category")}
        options={CASE_RISK_CATEGORIES}
        labelGroup="riskCategory"
        value={values.riskCategories}
        disabled={false}
        onChange={(riskCategories) => set({ riskCategories })}
      />
    </Card>
  );
}
