"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { STRATEGY_FIELDS, STRATEGY_GROUPS, type StrategyField, type StrategyGroup } from "@/lib/team/catalogue";
import { saveStrategyAction } from "@/lib/team/actions";
import { TEAM_TEXT_MAX } from "@/lib/team/schema";

type StrategyValues = Record<StrategyField, string>;

export function StrategyStep({ projectId, strategy, canEdit }: { projectId: string; strategy: (StrategyValues & { version: number }) | null; canEdit: boolean }) {
  const t = useTranslations("team");
  const initial = Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, strategy?.[f] ?? ""])) as StrategyValues;
  const autosave = useAutosave<StrategyValues>({
    key: `team-strategy:${projectId}`,
    initial,
    version: strategy?.version ?? 0,
    disabled: !canEdit,
    save: (values, version) => saveStrategyAction({ projectId, version, ...values }),
  });
  const { values, fieldErrors } = autosave;
  const labels = Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, t(`strategyStep.fields.${f}`)])) as Record<StrategyField, string>;

  return (
    <div className="space-y-4">
      {(Object.entries(STRATEGY_GROUPS) as [StrategyGroup, readonly StrategyField[]][]).map(([group, fields]) => {
        const done = fields.every((f) => values[f].trim().length > 0);
        return (
          <Card key={group}>
            <fieldset className="space-y-3">
              <legend className="flex w-full items-center justify-between gap-2 text-base font-semibold">
                {t(`strategyStep.groups.${group}`)}
                <Badge tone={done ? "good" : "neutral"} data-testid={`strategy-group-${group}`} data-done={done}>
                  {done ? t("strategyStep.groupDone") : t("strategyStep.groupTodo")}
                </Badge>
              </legend>
              {fields.map((field) => (
                <Field key={field} id={`strategy-${field}`} label={labels[field]} hint={t(`strategyStep.hints.${field}`)} error={fieldErrors[field]}>
                  <Textarea
                    id={`strategy-${field}`}
                    rows={2}
                    className="min-h-16"
                    maxLength={TEAM_TEXT_MAX.strategy}
                    value={values[field]}
                    disabled={!canEdit}
                    onChange={(e) => autosave.set({ [field]: e.target.value } as Partial<StrategyValues>)}
                    {...invalidProps(`strategy-${field}`, fieldErrors[field])}
                  />
                </Field>
              ))}
            </fieldset>
          </Card>
        );
      })}
      <div className="sticky bottom-0 rounded-md bg-white/90 py-2">
        <SaveStatus autosave={autosave} labels={labels} />
      </div>
    </div>
  );
}
