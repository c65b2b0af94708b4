"use client";
import { useTranslations } from "next-intl";
import { RowCard } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { HIRE_CHANNELS, HIRE_PRIORITIES, HIRE_STATUSES, ROLE_IDS } from "@/lib/team/catalogue";
import { deleteHireAction, updateHireAction } from "@/lib/team/actions";
import { TEAM_TEXT_MAX } from "@/lib/team/schema";
import { DeleteButton } from "./delete-button";

export type HireValues = {
  roleId: string;
  title: string;
  priority: string;
  targetMonth: string;
  /** As typed (string) until the server has parsed it. */
  monthlyBudget: number | string;
  channel: string;
  status: string;
  notes: string;
};
export type HireRow = HireValues & { id: string; version: number };

export function HireCard({ projectId, hire, currency, canEdit }: { projectId: string; hire: HireRow; currency: string; canEdit: boolean }) {
  const t = useTranslations("team");
  const { id, version, ...initial } = hire;
  const autosave = useAutosave<HireValues>({
    key: `team-hire:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateHireAction({ projectId, hireId: id, version: v, ...values }),
  });
  const { values, fieldErrors: errors } = autosave;
  const fid = (field: string) => `hire-${id}-${field}`;
  const roleName = t(`roles.${values.roleId}.name`);

  return (
    <RowCard name={values.title.trim() || roleName} data-testid="hire-card" data-role={values.roleId} className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-base font-semibold">{values.title.trim() || roleName}</h3>
        <DeleteButton label={t("hiringStep.delete", { role: roleName })} confirm={t("hiringStep.confirmDelete", { role: roleName })} disabled={!canEdit} action={() => deleteHireAction({ projectId, hireId: id })} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={fid("role")} label={t("hiringStep.role")} error={errors.roleId}>
          <Select id={fid("role")} value={values.roleId} disabled={!canEdit} onChange={(e) => autosave.set({ roleId: e.target.value })} {...invalidProps(fid("role"), errors.roleId)}>
            {ROLE_IDS.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}.name`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={fid("title")} label={t("hiringStep.hireTitle")} error={errors.title}>
          <Input id={fid("title")} value={values.title} maxLength={TEAM_TEXT_MAX.title} disabled={!canEdit} onChange={(e) => autosave.set({ title: e.target.value })} {...invalidProps(fid("title"), errors.title)} />
        </Field>
        <Field id={fid("priority")} label={t("hiringStep.priority")} error={errors.priority}>
          <Select id={fid("priority")} value={values.priority} disabled={!canEdit} onChange={(e) => autosave.set({ priority: e.target.value })}>
            {HIRE_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priorities.${p}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={fid("status")} label={t("hiringStep.status")} error={errors.status}>
          <Select id={fid("status")} value={values.status} disabled={!canEdit} onChange={(e) => autosave.set({ status: e.target.value })}>
            {HIRE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={fid("month")} label={t("hiringStep.targetMonth")} error={errors.targetMonth}>
          <Input id={fid("month")} type="month" value={values.targetMonth} disabled={!canEdit} onChange={(e) => autosave.set({ targetMonth: e.target.value })} {...invalidProps(fid("month"), errors.targetMonth)} />
        </Field>
        <Field id={fid("budget")} label={t("hiringStep.budget", { currency })} error={errors.monthlyBudget}>
          <MoneyInput
            id={fid("budget")}
            currency={currency}
            value={String(values.monthlyBudget)}
            disabled={!canEdit}
            onChange={(monthlyBudget) => autosave.set({ monthlyBudget })}
            {...invalidProps(fid("budget"), errors.monthlyBudget)}
          />
        </Field>
        <Field id={fid("channel")} label={t("hiringStep.channel")} error={errors.channel}>
          <Select id={fid("channel")} value={values.channel} disabled={!canEdit} onChange={(e) => autosave.set({ channel: e.target.value })}>
            <option value="">{t("channels.none")}</option>
            {HIRE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id={fid("notes")} label={t("hiringStep.notes")} error={errors.notes}>
        <Textarea id={fid("notes")} rows={2} className="min-h-0" maxLength={TEAM_TEXT_MAX.notes} value={values.notes} disabled={!canEdit} onChange={(e) => autosave.set({ notes: e.target.value })} {...invalidProps(fid("notes"), errors.notes)} />
      </Field>
      {values.status === "FILLED" ? <p className="text-xs text-slate-600">{t("hiringStep.filledHint")}</p> : null}
      <SaveStatus
        autosave={autosave}
        labels={{
          roleId: t("hiringStep.role"),
          title: t("hiringStep.hireTitle"),
          priority: t("hiringStep.priority"),
          targetMonth: t("hiringStep.targetMonth"),
          monthlyBudget: t("hiringStep.budget", { currency }),
          channel: t("hiringStep.channel"),
          status: t("hiringStep.status"),
          notes: t("hiringStep.notes"),
        }}
      />
    </RowCard>
  );
}
