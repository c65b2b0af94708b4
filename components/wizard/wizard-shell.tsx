"use client";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type WizardStep = { id: string; title: string; complete: boolean };

const LAST_STEP = "launchpad:wizard-step:";

/**
 * Steps with a progress bar, per-step completion, back / next and jump-to-step links (?step=<id>).
 * Remembers the step per project and section and resumes it when the URL names none.
 */
export function WizardShell({
  storageKey,
  steps,
  current,
  guidance,
  children,
}: {
  /** e.g. `${projectId}:team` */
  storageKey: string;
  steps: WizardStep[];
  current: string;
  guidance?: ReactNode;
  children: ReactNode;
}) {
  const t = useTranslations("wizard");
  const pathname = usePathname();
  const router = useRouter();
  const searchParams = useSearchParams();
  const index = Math.max(0, steps.findIndex((s) => s.id === current));
  const done = steps.filter((s) => s.complete).length;
  const href = (id: string) => `${pathname}?step=${id}`;

  useEffect(() => {
    const explicit = searchParams.get("step");
    const remembered = window.localStorage.getItem(LAST_STEP + storageKey);
    if (!explicit && remembered && remembered !== current && steps.some((s) => s.id === remembered)) {
      router.replace(href(remembered));
      return;
    }
    window.localStorage.setItem(LAST_STEP + storageKey, current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, storageKey]);

  return (
    <div className="space-y-4">
      <div>
        <div className="flex items-center justify-between text-xs text-slate-600">
          <span data-testid="wizard-progress">{t("progress", { done, total: steps.length })}</span>
        </div>
        <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuemin={0} aria-valuemax={steps.length} aria-valuenow={done} aria-label={t("progress", { done, total: steps.length })}>
          <div className="h-full bg-brand-500 transition-all" style={{ width: `${(done / steps.length) * 100}%` }} />
        </div>
      </div>
      {/* relative: the sr-only step states are absolutely positioned and must stay inside this scroller on phones. */}
      <ol className="no-print relative flex gap-2 overflow-x-auto pb-1" aria-label={t("stepsLabel")}>
        {steps.map((step, i) => (
          <li key={step.id} className="shrink-0">
            <Link
              href={href(step.id)}
              aria-current={i === index ? "step" : undefined}
              data-complete={step.complete}
              className={cn(
                "flex items-center gap-2 rounded-full border px-3 py-1 text-sm",
                i === index ? "border-brand-500 bg-brand-50 font-semibold text-brand-700" : "bg-white text-slate-700 hover:bg-slate-100",
              )}
            >
              <span
                aria-hidden
                className={cn("grid h-5 w-5 place-items-center rounded-full text-xs", step.complete ? "bg-emerald-600 text-white" : "bg-slate-200 text-slate-600")}
              >
                {step.complete ? "✓" : i + 1}
              </span>
              {step.title}
              <span className="sr-only">({step.complete ? t("stepComplete") : t("stepIncomplete")})</span>
            </Link>
          </li>
        ))}
      </ol>
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <section aria-labelledby="wizard-step-title" className="min-w-0 space-y-4">
          <h2 id="wizard-step-title" className="text-lg font-semibold">
            {steps[index]?.title}
          </h2>
          {children}
          <div className="no-print flex justify-between border-t pt-4">
            {index > 0 ? (
              <Link className="rounded-md border bg-white px-4 py-2 text-sm hover:bg-slate-100" href={href(steps[index - 1].id)}>
                ← {t("back")}
              </Link>
            ) : (
              <span />
            )}
            {index < steps.length - 1 ? (
              <Link className="rounded-md bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700" href={href(steps[index + 1].id)}>
                {t("next")} →
              </Link>
            ) : null}
          </div>
        </section>
        {guidance ? <div className="xl:sticky xl:top-4 xl:self-start">{guidance}</div> : null}
      </div>
    </div>
  );
}
