"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Autosave } from "@/components/wizard/use-autosave";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { RiskOwner } from "@/lib/risks/data";
import { RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES, SCALE, type RiskCategory, type RiskResponse, type RiskStatus } from "@/lib/risks/model";
import { RISK_TEXT_MAX } from "@/lib/risks/schema";

/** What one autosaving risk row edits. Empty strings mean "no owner" and "no review date". */
export type RiskValues = {
  title: string;
  description: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  response: RiskResponse;
  mitigation: string;
  contingency: string;
  ownerMemberId: string;
  status: RiskStatus;
  nextReview: string;
};

/** All editable fields of one risk, bound to its autosave. */
export function RiskEditor({
  idPrefix,
  autosave,
  members,
  disabled,
  projectId,
}: {
  idPrefix: string;
  autosave: Autosave<RiskValues>;
  members: RiskOwner[];
  disabled: boolean;
  projectId: string;
}) {
  const t = useTranslations("risks");
  const { values, set, fieldErrors: errors } = autosave;
  const id = (field: keyof RiskValues) => `${idPrefix}-${field}`;

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field id={id("title")} label={t("fields.title")} error={errors.title}>
          <Input id={id("title")} value={values.title} maxLength={RISK_TEXT_MAX.title} disabled={disabled} onChange={(e) => set({ title: e.target.value })} {...invalidProps(id("title"), errors.title)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field id={id("description")} label={t("fields.description")} error={errors.description}>
          <Textarea id={id("description")} rows={2} value={values.description} disabled={disabled} onChange={(e) => set({ description: e.target.value })} {...invalidProps(id("description"), errors.description)} />
        </Field>
      </div>
      <Field id={id("category")} label={t("fields.category")} error={errors.category}>
        <Select id={id("category")} value={values.category} disabled={disabled} onChange={(e) => set({ category: e.target.value as RiskCategory })} {...invalidProps(id("category"), errors.category)}>
          {RISK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("response")} label={t("fields.response")} error={errors.response}>
        <Select id={id("response")} value={values.response} disabled={disabled} onChange={(e) => set({ response: e.target.value as RiskResponse })} {...invalidProps(id("response"), errors.response)}>
          {RISK_RESPONSES.map((r) => (
            <option key={r} value={r}>
              {t(`responses.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("likelihood")} label={t("fields.likelihood")} error={errors.likelihood}>
        <Select id={id("likelihood")} value={values.likelihood} disabled={disabled} onChange={(e) => set({ likelihood: Number(e.target.value) })} {...invalidProps(id("likelihood"), errors.likelihood)}>
          {SCALE.map((n) => (
            <option key={n} value={n}>
              {t(`likelihoodScale.${n}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("impact")} label={t("fields.impact")} error={errors.impact}>
        <Select id={id("impact")} value={values.impact} disabled={disabled} onChange={(e) => set({ impact: Number(e.target.value) })} {...invalidProps(id("impact"), errors.impact)}>
          {SCALE.map((n) => (
            <option key={n} value={n}>
              {t(`impactScale.${n}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field id={id("mitigation")} label={t("fields.mitigation")} error={errors.mitigation}>
          <Textarea id={id("mitigation")} rows={3} value={values.mitigation} disabled={disabled} onChange={(e) => set({ mitigation: e.target.value })} {...invalidProps(id("mitigation"), errors.mitigation)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field id={id("contingency")} label={t("fields.contingency")} error={errors.contingency}>
          <Textarea id={id("contingency")} rows={2} value={values.contingency} disabled={disabled} onChange={(e) => set({ contingency: e.target.value })} {...invalidProps(id("contingency"), errors.contingency)} />
        </Field>
      </div>
      <Field
        id={id("ownerMemberId")}
        label={t("fields.owner")}
        error={errors.ownerMemberId}
        hint={
          members.length === 0 ? (
            <>
              {t("noOwnerHint")} <Link className="underline" href={`/projects/${projectId}/team`}>{t("teamLink")}</Link>
            </>
          ) : undefined
        }
      >
        <Select id={id("ownerMemberId")} value={values.ownerMemberId} disabled={disabled} onChange={(e) => set({ ownerMemberId: e.target.value })} {...invalidProps(id("ownerMemberId"), errors.ownerMemberId)}>
          <option value="">{t("noOwner")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("status")} label={t("fields.status")} error={errors.status}>
        <Select id={id("status")} value={values.status} disabled={disabled} onChange={(e) => set({ status: e.target.value as RiskStatus })} {...invalidProps(id("status"), errors.status)}>
          {RISK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("nextReview")} label={t("fields.nextReview")} error={errors.nextReview}>
        <Input id={id("nextReview")} type="date" value={values.nextReview} disabled={disabled} onChange={(e) => set({ nextReview: e.target.value })} {...invalidProps(id("nextReview"), errors.nextReview)} />
      </Field>
    </div>
  );
}
