"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Select, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveDirectionTestAction } from "@/lib/business-model/actions";
import type { DirectionView } from "@/lib/business-model/data";
import { directionState } from "@/lib/business-model/progress";
import { DIRECTION_VERDICTS } from "@/lib/business-model/schema";

const STATE_TONE = { missing: "neutral", assessed: "warn", withEvidence: "good" } as const;

export function DirectionTests({ projectId, tests, canEdit }: { projectId: string; tests: DirectionView[]; canEdit: boolean }) {
  const t = useTranslations("businessModel.direction");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {tests.map((test) => (
        <DirectionTestCard key={test.test} projectId={projectId} test={test} canEdit={canEdit} />
      ))}
    </div>
  );
}

function DirectionTestCard({ projectId, test, canEdit }: { projectId: string; test: DirectionView; canEdit: boolean }) {
  const t = useTranslations("businessModel.direction");
  const autosave = useAutosave({
    key: `direction:${projectId}:${test.test}`,
    initial: { verdict: test.verdict as string, assessment: test.assessment, evidence: test.evidence },
    version: test.version,
    disabled: !canEdit,
    // Step completion and totals on the page follow each acknowledged save.
    save: (values, version) => saveDirectionTestAction({ projectId, test: test.test, version, ...values }),
  });
  const { values, fieldErrors } = autosave;
  const state = directionState(values);
  const id = (field: string) => `direction-${test.test}-${field}`;
  return (
    <Card className="space-y-3" data-testid={`direction-${test.test}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">{t(`tests.${test.test}.title`)}</h3>
          <p className="text-sm text-slate-600">{t(`tests.${test.test}.question`)}</p>
        </div>
        <Badge tone={STATE_TONE[state]} data-testid="direction-state">
          {t(`states.${state}`)}
        </Badge>
      </div>
      <Field id={id("verdict")} label={t("verdict")} error={fieldErrors.verdict} context={t(`tests.${test.test}.title`)}>
        <Select id={id("verdict")} className="sm:w-56" value={values.verdict} disabled={!canEdit} onChange={(e) => autosave.set({ verdict: e.target.value })}>
          {DIRECTION_VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(`verdicts.${v}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("assessment")} label={t("assessment")} error={fieldErrors.assessment} context={t(`tests.${test.test}.title`)}>
        <Textarea id={id("assessment")} rows={3} value={values.assessment} disabled={!canEdit} onChange={(e) => autosave.set({ assessment: e.target.value })} {...invalidProps(id("assessment"), fieldErrors.assessment)} />
      </Field>
      <Field id={id("evidence")} label={t("evidence")} hint={t("evidenceHint")} error={fieldErrors.evidence} context={t(`tests.${test.test}.title`)}>
        <Textarea id={id("evidence")} rows={2} value={values.evidence} disabled={!canEdit} onChange={(e) => autosave.set({ evidence: e.target.value })} {...invalidProps(id("evidence"), fieldErrors.evidence)} />
      </Field>
      <SaveStatus autosave={autosave} labels={{ verdict: t("verdict"), assessment: t("assessment"), evidence: t("evidence") }} />
    </Card>
  );
}
