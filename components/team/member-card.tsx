"use client";
import { useTranslations } from "next-intl";
import { RowCard, RowNameSuffix } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { Input, Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { COMMITMENTS, COMPETENCY_AREAS, ROLE_IDS, SKILL_MAX, type SkillLevels } from "@/lib/team/catalogue";
import { deleteMemberAction, updateMemberAction } from "@/lib/team/actions";
import { LIMITS } from "@/lib/validation/fields";
import { TEAM_TEXT_MAX } from "@/lib/team/schema";
import { DeleteButton } from "./delete-button";

export type MemberValues = {
  name: string;
  title: string;
  commitment: string;
  roles: string[];
  skills: SkillLevels;
  /** Numbers as typed (strings) until the server has parsed them. */
  equityPct: number | string;
  monthlyCost: number | string;
};
export type MemberRow = MemberValues & { id: string; version: number };

export function MemberCard({
  projectId,
  member,
  currency,
  canEdit,
  onSaved,
}: {
  projectId: string;
  member: MemberRow;
  currency: string;
  canEdit: boolean;
  onSaved?: (saved: MemberRow) => void;
}) {
  const t = useTranslations("team");
  const { id, version, ...initial } = member;
  const autosave = useAutosave<MemberValues>({
    key: `team-member:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateMemberAction({ projectId, memberId: id, version: v, ...values }),
    onSaved: (values, v) => onSaved?.({ ...values, id, version: v }),
  });
  const { values, fieldErrors: errors } = autosave;
  const fid = (field: string) => `member-${id}-${field}`;
  const displayName = values.name.trim() || t("membersStep.unnamed");
  const toggleRole = (role: string, on: boolean) => autosave.set((v) => ({ ...v, roles: ROLE_IDS.filter((r) => (r === role ? on : v.roles.includes(r))) }));

  return (
    <RowCard name={displayName} nameFields data-testid="member-card" data-member-name={values.name} className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-base font-semibold">{displayName}</h3>
        <DeleteButton
          label={t("membersStep.delete", { name: displayName })}
          confirm={t("membersStep.confirmDelete", { name: displayName })}
          disabled={!canEdit}
          action={() => deleteMemberAction({ projectId, memberId: id })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={fid("name")} label={t("membersStep.name")} error={errors.name}>
          <Input id={fid("name")} value={values.name} maxLength={LIMITS.name} disabled={!canEdit} onChange={(e) => autosave.set({ name: e.target.value })} {...invalidProps(fid("name"), errors.name)} />
        </Field>
        <Field id={fid("title")} label={t("membersStep.memberTitle")} error={errors.title}>
          <Input id={fid("title")} value={values.title} maxLength={TEAM_TEXT_MAX.title} disabled={!canEdit} onChange={(e) => autosave.set({ title: e.target.value })} {...invalidProps(fid("title"), errors.title)} />
        </Field>
        <Field id={fid("commitment")} label={t("membersStep.commitment")} error={errors.commitment}>
          <Select id={fid("commitment")} value={values.commitment} disabled={!canEdit} onChange={(e) => autosave.set({ commitment: e.target.value })} {...invalidProps(fid("commitment"), errors.commitment)}>
            {COMMITMENTS.map((c) => (
              <option key={c} value={c}>
                {t(`commitments.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={fid("equity")} label={t("membersStep.equity")} error={errors.equityPct}>
          <Input
            id={fid("equity")}
            type="number"
            inputMode="decimal"
            min={0}
            max={100}
            step="any"
            value={String(values.equityPct)}
            disabled={!canEdit}
            onChange={(e) => autosave.set({ equityPct: e.target.value })}
            {...invalidProps(fid("equity"), errors.equityPct)}
          />
        </Field>
        <Field id={fid("cost")} label={t("membersStep.monthlyCost", { currency })} error={errors.monthlyCost}>
          <MoneyInput
            id={fid("cost")}
            currency={currency}
            value={String(values.monthlyCost)}
            disabled={!canEdit}
            onChange={(monthlyCost) => autosave.set({ monthlyCost })}
            {...invalidProps(fid("cost"), errors.monthlyCost)}
          />
        </Field>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("membersStep.roles")}</legend>
        <div className="grid grid-cols-2 gap-x-4 gap-y-1 lg:grid-cols-3">
          {ROLE_IDS.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="h-4 w-4 accent-brand-600" checked={values.roles.includes(role)} disabled={!canEdit} onChange={(e) => toggleRole(role, e.target.checked)} />
              {t(`roles.${role}.name`)}
              <RowNameSuffix />
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("membersStep.skills")}</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {COMPETENCY_AREAS.map((area) => {
            const error = errors[`skills.${area}`];
            return (
              <Field key={area} id={fid(`skill-${area}`)} label={t(`areas.${area}`)} error={error}>
                <Select
                  id={fid(`skill-${area}`)}
                  value={String(values.skills[area] ?? 0)}
                  disabled={!canEdit}
                  onChange={(e) => autosave.set((v) => ({ ...v, skills: { ...v.skills, [area]: Number(e.target.value) } }))}
                  {...invalidProps(fid(`skill-${area}`), error)}
                >
                  {Array.from({ length: SKILL_MAX + 1 }, (_, level) => (
                    <option key={level} value={level}>
                      {t(`levels.${level}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </div>
      </fieldset>

      <SaveStatus
        autosave={autosave}
        labels={{
          name: t("membersStep.name"),
          title: t("membersStep.memberTitle"),
          commitment: t("membersStep.commitment"),
          roles: t("membersStep.roles"),
          skills: t("membersStep.skills"),
          equityPct: t("membersStep.equity"),
          monthlyCost: t("membersStep.monthlyCost", { currency }),
        }}
      />
    </RowCard>
  );
}
