"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { computeReadinessAction } from "@/lib/readiness/actions";

type State = "idle" | "recorded" | "upToDate";

/**
 * Records the score. Runs by itself whenever the page shows a result no snapshot records yet
 * (`stale`), so the trend follows every change made in the other sections; the button does it
 * on demand. The server computes the score from the stored plan.
 */
export function Recalculate({ projectId, stale, canEdit }: { projectId: string; stale: boolean; canEdit: boolean }) {
  const t = useTranslations("readiness");
  const router = useRouter();
  const [state, setState] = useState<State>("idle");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = useCallback(() => {
    startTransition(async () => {
      const result = await computeReadinessAction({ projectId });
      if (!result.ok) {
        setError(result.code);
        return;
      }
      setError(null);
      setState(result.data.stored ? "recorded" : "upToDate");
      if (result.data.stored) router.refresh();
    });
  }, [projectId, router]);

  useEffect(() => {
    if (stale && canEdit) run();
  }, [stale, canEdit, run]);

  if (!canEdit) return stale ? <p className="text-xs text-slate-500">{t("staleReadOnly")}</p> : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="sm" onClick={run} disabled={pending} data-testid="recalculate">
          {pending ? t("recalculating") : t("recalculate")}
        </Button>
        <p role="status" aria-live="polite" data-testid="recalculate-status" data-state={pending ? "running" : state} className="text-xs text-slate-600">
          {pending ? t("recalculating") : state === "recorded" ? t("recorded") : state === "upToDate" ? t("upToDate") : stale ? t("stale") : ""}
        </p>
      </div>
      <FormError code={error} />
    </div>
  );
}
