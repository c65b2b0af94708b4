"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionError } from "@/components/wizard/action-button";
import { Card } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { setCheckAction } from "@/lib/milestones/actions";
import { QUALITY_CHECKS, QUALITY_GROUPS, type QualityGroup } from "@/lib/milestones/model";

/** Doc 002 §7.2's checklists; each box is saved as soon as it is ticked. */
export function QualityStep({ projectId, checksDone, canEdit }: { projectId: string; checksDone: string[]; canEdit: boolean }) {
  const t = useTranslations("milestones.quality");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // Optimistic ticks, so the box follows the click before the page refreshes.
  const [done, setDone] = useState(() => new Set(checksDone));
  const toggle = (checkId: string, value: boolean) => {
    setDone((s) => {
      const next = new Set(s);
      if (value) next.add(checkId);
      else next.delete(checkId);
      return next;
    });
    startTransition(async () => {
      const result = await setCheckAction({ projectId, checkId, done: value });
      if (!result.ok) {
        setFailure(result);
        setDone(new Set(checksDone));
        return;
      }
      setFailure(null);
      router.refresh();
    });
  };
  const count = QUALITY_CHECKS.filter((c) => done.has(c)).length;
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium" data-testid="quality-progress" aria-busy={pending}>
        {t("progress", { done: count, total: QUALITY_CHECKS.length })}
      </p>
      <ActionError failure={failure} />
      <div className="grid gap-3 md:grid-cols-2">
        {(Object.keys(QUALITY_GROUPS) as QualityGroup[]).map((group) => (
          <Card key={group}>
            <fieldset className="space-y-2">
              <legend className="font-medium">{t(`groups.${group}`)}</legend>
              {QUALITY_GROUPS[group].map((check) => {
                const id = `quality-${check}`;
                return (
                  <div key={check} className="flex items-center gap-2 text-sm">
                    <input id={id} type="checkbox" className="h-4 w-4 accent-brand-600" checked={done.has(check)} disabled={!canEdit} onChange={(e) => toggle(check, e.target.checked)} />
                    <label htmlFor={id}>{t(`checks.${check}`)}</label>
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
