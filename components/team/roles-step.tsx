"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { isCoreAtStage, LAUNCHPAD_OWN_ROLES, ROLE_CORE_FROM, ROLE_FAMILY, ROLE_IDS, type RoleId, type Stage } from "@/lib/team/catalogue";
import { saveRolesAction } from "@/lib/team/actions";
import { TEAM_TEXT_MAX } from "@/lib/team/schema";

type Need = "now" | "later" | "no";
type PlanValues = { scenario: string; rolesNow: string[]; rolesLater: string[] };

export function RolesStep({
  projectId,
  stage,
  plan,
  canEdit,
}: {
  projectId: string;
  stage: Stage;
  plan: (PlanValues & { version: number }) | null;
  canEdit: boolean;
}) {
  const t = useTranslations("team");
  const tStage = useTranslations("stages");
  const autosave = useAutosave<PlanValues>({
    key: `team-plan:${projectId}`,
    initial: { scenario: plan?.scenario ?? "", rolesNow: plan?.rolesNow ?? [], rolesLater: plan?.rolesLater ?? [] },
    version: plan?.version ?? 0,
    disabled: !canEdit,
    save: (values, version) => saveRolesAction({ projectId, version, ...values }),
  });
  const { values, fieldErrors } = autosave;

  const needOf = (role: RoleId): Need => (values.rolesNow.includes(role) ? "now" : values.rolesLater.includes(role) ? "later" : "no");
  const setNeed = (role: RoleId, need: Need) =>
    autosave.set((v) => {
      const pick = (list: string[], want: boolean) => ROLE_IDS.filter((r) => (r === role ? want : list.includes(r)));
      return { ...v, rolesNow: pick(v.rolesNow, need === "now"), rolesLater: pick(v.rolesLater, need === "later") };
    });

  return (
    <div className="space-y-4">
      <Card className="space-y-3">
        <Field id="team-scenario" label={t("rolesStep.scenario")} hint={t("rolesStep.scenarioHint")} error={fieldErrors.scenario}>
          <Textarea
            id="team-scenario"
            rows={3}
            maxLength={TEAM_TEXT_MAX.scenario}
            value={values.scenario}
            disabled={!canEdit}
            onChange={(e) => autosave.set({ scenario: e.target.value })}
            {...invalidProps("team-scenario", fieldErrors.scenario)}
          />
        </Field>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600" data-testid="roles-summary">
            {t("rolesStep.summary", { now: values.rolesNow.length, later: values.rolesLater.length })}
          </p>
          <SaveStatus autosave={autosave} labels={{ scenario: t("rolesStep.scenario"), rolesNow: t("rolesStep.now"), rolesLater: t("rolesStep.later") }} />
        </div>
      </Card>

      <h3 className="font-semibold">{t("rolesStep.catalogue")}</h3>
      <ul className="grid gap-3 md:grid-cols-2">
        {ROLE_IDS.map((role) => {
          const need = needOf(role);
          const name = t(`roles.${role}.name`);
          return (
            <li key={role} data-testid={`role-${role}`} data-need={need}>
              <Card className="h-full space-y-2 p-4">
                <div className="flex flex-wrap items-baseline gap-x-2">
                  <h4 className="font-medium text-slate-900">{name}</h4>
                  <span className="text-sm text-slate-500">{t(`roles.${role}.term`)}</span>
                </div>
                <div className="flex flex-wrap gap-1">
                  <Badge>{t(`families.${ROLE_FAMILY[role]}`)}</Badge>
                  {isCoreAtStage(role, stage) ? (
                    <Badge tone="good">{t("rolesStep.coreNow")}</Badge>
                  ) : (
                    <Badge tone="info">{t("rolesStep.coreFrom", { stage: tStage(ROLE_CORE_FROM[role]) })}</Badge>
                  )}
                  {LAUNCHPAD_OWN_ROLES.includes(role) ? <Badge tone="warn">{t("ownGuidance")}</Badge> : null}
                </div>
                <p className="text-sm text-slate-700">{t(`roles.${role}.description`)}</p>
                <fieldset className="flex flex-wrap gap-x-4 gap-y-1 pt-1">
                  <legend className="sr-only">{t("rolesStep.need", { role: name })}</legend>
                  {(["now", "later", "no"] as const).map((option) => (
                    <label key={option} className="flex items-center gap-1.5 text-sm">
                      <input
                        type="radio"
                        name={`need-${role}`}
                        value={option}
                        checked={need === option}
                        disabled={!canEdit}
                        onChange={() => setNeed(role, option)}
                        className="h-4 w-4 accent-brand-600"
                      />
                      {t(option === "no" ? "rolesStep.notNeeded" : `rolesStep.${option}`)}
                    </label>
                  ))}
                </fieldset>
              </Card>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
