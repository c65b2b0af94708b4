"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionError } from "@/components/wizard/action-button";
import { Card } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { setCheckAction } from "@/lib/milestones/actions";
import { applicableChecks, QUALITY_CHECKS, QUALITY_GROUPS, type QualityGroup } from "@/lib/milestones/model";
import type { CheckState } from "@/lib/milestones/schema";

type Props = { projectId: string; checksDone: string[]; checksNotApplicable: string[]; canEdit: boolean };
type SaveState = "idle" | "saving" | "saved" | "failed";

function initialStates(done: string[], notApplicable: string[]): Record<string, CheckState> {
  return Object.fromEntries(QUALITY_CHECKS.map((c) => [c, notApplicable.includes(c) ? "notApplicable" : done.includes(c) ? "done" : "open"]));
}

/** Doc 002 §7.2's checklists: each item is done, not applicable, or open, saved as soon as it changes. */
export function QualityStep({ projectId, checksDone, checksNotApplicable, canEdit }: Props) {
  const t = useTranslations("milestones.quality");
  const tWizard = useTranslations("wizard");
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  // Optimistic, so the box follows the click before the page refreshes; put back if the server refuses.
  const [states, setStates] = useState(() => initialStates(checksDone, checksNotApplicable));
  const change = (checkId: string, state: CheckState) => {
    const before = states[checkId];
    setStates((s) => ({ ...s, [checkId]: state }));
    setSaveState("saving");
    startTransition(async () => {
      const result = await setCheckAction({ projectId, checkId, state });
      if (!result.ok) {
        setFailure(result);
        setSaveState("failed");
        setStates((s) => ({ ...s, [checkId]: before }));
        return;
      }
      setFailure(null);
      setSaveState("saved");
      router.refresh();
    });
  };
  const notApplicable = QUALITY_CHECKS.filter((c) => states[c] === "notApplicable");
  const done = QUALITY_CHECKS.filter((c) => states[c] === "done").length;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-medium" data-testid="quality-progress">
          {t("progress", { done, total: applicableChecks(notApplicable) })}
        </p>
        <p role="status" aria-live="polite" data-testid="save-status" data-status={saveState} className="text-xs text-slate-500">
          {saveState === "saving" ? tWizard("saving") : null}
          {saveState === "saved" ? <span className="text-emerald-700">{tWizard("saved")}</span> : null}
          {saveState === "failed" ? <span className="text-red-700">{tWizard("failed")}</span> : null}
        </p>
      </div>
      <p className="text-xs text-slate-600">{t("notApplicableHint")}</p>
      <ActionError failure={failure} />
      <div className="grid gap-3 md:grid-cols-2">
        {(Object.keys(QUALITY_GROUPS) as QualityGroup[]).map((group) => (
          <Card key={group}>
            <fieldset className="space-y-2">
              <legend className="font-medium">{t(`groups.${group}`)}</legend>
              {QUALITY_GROUPS[group].map((check) => {
                const id = `quality-${check}`;
                const name = t(`checks.${check}`);
                const state = states[check];
                return (
                  <div key={check} className="flex flex-wrap items-center justify-between gap-2 text-sm" data-testid={`check-${check}`} data-state={state}>
                    <span className="flex items-center gap-2">
                      <input
                        id={id}
                        type="checkbox"
                        className="h-4 w-4 accent-brand-600"
                        checked={state === "done"}
                        disabled={!canEdit || state === "notApplicable"}
                        onChange={(e) => change(check, e.target.checked ? "done" : "open")}
                      />
                      <label htmlFor={id} className={state === "notApplicable" ? "text-slate-500 line-through" : undefined}>
                        {name}
                      </label>
                    </span>
                    {/* A toggle button, not a second checkbox: the item's own label stays the one form control named after it. */}
                    <button
                      type="button"
                      aria-pressed={state === "notApplicable"}
                      disabled={!canEdit}
                      onClick={() => change(check, state === "notApplicable" ? "open" : "notApplicable")}
                      className="rounded border px-1.5 py-0.5 text-xs text-slate-600 hover:bg-slate-100 aria-pressed:border-slate-500 aria-pressed:bg-slate-200 aria-pressed:text-slate-900 disabled:opacity-50"
                    >
                      <span aria-hidden="true">{t("notApplicable")}</span>
                      <span className="sr-only">{t("notApplicableFor", { check: name })}</span>
                    </button>
                  </div>
                );
              })}
            </fieldset>
          </Card>
        ))}
      </div>
    </div>
  );
}
