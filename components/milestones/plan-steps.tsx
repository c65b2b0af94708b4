"use client";
// The project plan record (goals … tracking tool, feedback loop) is one autosaving record shown
// across two steps; both use the same hook key so a local draft follows the user.
import { useTranslations } from "next-intl";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave, type Autosave } from "@/components/wizard/use-autosave";
import { savePlanAction } from "@/lib/milestones/actions";
import type { PlanValues } from "@/lib/milestones/model";

type PlanProps = { projectId: string; plan: PlanValues & { version: number }; canEdit: boolean };

function usePlanAutosave({ projectId, plan, canEdit }: PlanProps) {
  const { version, ...initial } = plan;
  return useAutosave<PlanValues>({
    key: `project-plan:${projectId}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => savePlanAction({ projectId, version: v, ...values }),
  });
}

function Text({ autosave, field, multiline = true, disabled }: { autosave: Autosave<PlanValues>; field: keyof PlanValues; multiline?: boolean; disabled: boolean }) {
  const t = useTranslations("milestones.fields");
  const id = `plan-${field}`;
  const error = autosave.fieldErrors[field];
  const common = { id, value: autosave.values[field], disabled, ...invalidProps(id, error) };
  return (
    <Field id={id} label={t(field)} hint={t(`${field}Hint`)} error={error}>
      {multiline ? (
        <Textarea {...common} rows={3} onChange={(e) => autosave.set({ [field]: e.target.value })} />
      ) : (
        <Input {...common} onChange={(e) => autosave.set({ [field]: e.target.value })} />
      )}
    </Field>
  );
}

export function PlanStep(props: PlanProps) {
  const t = useTranslations("milestones.fields");
  const autosave = usePlanAutosave(props);
  const disabled = !props.canEdit;
  return (
    <div className="space-y-4">
      <Text autosave={autosave} field="goals" disabled={disabled} />
      <Text autosave={autosave} field="taskBreakdown" disabled={disabled} />
      <Text autosave={autosave} field="timetable" disabled={disabled} />
      <Text autosave={autosave} field="resources" disabled={disabled} />
      <Text autosave={autosave} field="trackingTool" multiline={false} disabled={disabled} />
      <SaveStatus
        autosave={autosave}
        labels={{ goals: t("goals"), taskBreakdown: t("taskBreakdown"), timetable: t("timetable"), resources: t("resources"), trackingTool: t("trackingTool") }}
      />
    </div>
  );
}

export function FeedbackStep(props: PlanProps) {
  const t = useTranslations("milestones");
  const autosave = usePlanAutosave(props);
  const loop = t.raw("feedback.loop") as string[];
  return (
    <div className="space-y-4">
      <figure className="rounded-lg border bg-white p-3">
        <figcaption className="text-sm font-medium">{t("feedback.loopTitle")}</figcaption>
        <ol className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          {loop.map((stage, i) => (
            <li key={stage} className="flex items-center gap-2">
              <span className="rounded-full bg-brand-50 px-3 py-1 text-brand-700">{stage}</span>
              <span aria-hidden className="text-slate-400">
                {i < loop.length - 1 ? "→" : "↺"}
              </span>
            </li>
          ))}
        </ol>
      </figure>
      <Text autosave={autosave} field="feedbackLoop" disabled={!props.canEdit} />
      <SaveStatus autosave={autosave} labels={{ feedbackLoop: t("fields.feedbackLoop") }} />
    </div>
  );
}
