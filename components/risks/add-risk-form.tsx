"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select } from "@/components/ui/input";
import { RISK_CATEGORIES, SCALE, type RiskCategory } from "@/lib/risks/model";
import { RISK_TEXT_MAX } from "@/lib/risks/schema";
import { useAddRisk } from "./use-add-risk";

const EMPTY = { title: "", category: "technicalMaturity" as RiskCategory, likelihood: 3, impact: 3 };

/** A risk of the founder's own: title, category and a first rating; the rest is edited in the register. */
export function AddRiskForm({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useTranslations("risks");
  const adder = useAddRisk();
  const [values, setValues] = useState(EMPTY);
  const errors = adder.fieldErrors;
  const set = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <Card>
      <form
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          adder.add({ projectId, ...values, description: "", response: "mitigate", mitigation: "", contingency: "", status: "open", ownerMemberId: null, nextReview: null, templateId: null }, () => setValues(EMPTY));
        }}
      >
        <CardTitle>{t("add.title")}</CardTitle>
        <Field id="new-risk-title" label={t("fields.title")} error={errors.title}>
          <Input id="new-risk-title" value={values.title} maxLength={RISK_TEXT_MAX.title} disabled={!canEdit} onChange={(e) => set({ title: e.target.value })} {...invalidProps("new-risk-title", errors.title)} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field id="new-risk-category" label={t("fields.category")} error={errors.category}>
            <Select id="new-risk-category" value={values.category} disabled={!canEdit} onChange={(e) => set({ category: e.target.value as RiskCategory })}>
              {RISK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="new-risk-likelihood" label={t("fields.likelihood")} error={errors.likelihood}>
            <Select id="new-risk-likelihood" value={values.likelihood} disabled={!canEdit} onChange={(e) => set({ likelihood: Number(e.target.value) })}>
              {SCALE.map((n) => (
                <option key={n} value={n}>
                  {t(`likelihoodScale.${n}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="new-risk-impact" label={t("fields.impact")} error={errors.impact}>
            <Select id="new-risk-impact" value={values.impact} disabled={!canEdit} onChange={(e) => set({ impact: Number(e.target.value) })}>
              {SCALE.map((n) => (
                <option key={n} value={n}>
                  {t(`impactScale.${n}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <FormError code={adder.errorCode} />
        <Button type="submit" disabled={!canEdit || adder.pending}>
          {t("add.submit")}
        </Button>
      </form>
    </Card>
  );
}
