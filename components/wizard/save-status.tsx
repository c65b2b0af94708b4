"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { fieldWords } from "@/lib/i18n/field-words";
import { sameValue } from "./three-way-merge";
import type { Autosave } from "./use-autosave";

/** A field name as words when a form gave no label: "ownerMemberId" → "Owner member id". */
function humanize(field: string): string {
  const words = fieldWords(field);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The visible save state of one autosaving record: saving… / saved / failed — retry / conflict.
 * The state line sticks to the bottom of the screen while its record is on screen, so the state of an edit
 * in a tall record (a member card, a risk) is seen next to the field, not below the fold. The wrapper is
 * `display: contents` so the line sticks within the record itself. */
export function SaveStatus<V extends Record<string, unknown>>({ autosave, labels }: { autosave: Autosave<V>; labels?: Partial<Record<keyof V, string>> }) {
  const t = useTranslations("wizard");
  const tErrors = useTranslations("errors");
  const { status } = autosave;
  return (
    <div className="contents" data-testid="save-status-area">
      <p
        role="status"
        aria-live="polite"
        data-testid="save-status"
        data-status={status}
        className={`sticky bottom-0 z-10 text-xs text-slate-600 ${status === "idle" ? "" : "-mx-1 rounded-sm bg-white/95 px-1 py-1 shadow-[0_-1px_0_0_var(--color-slate-200)]"}`}
      >
        {status === "saving" || status === "dirty" ? t("saving") : null}
        {status === "saved" ? <span className="text-emerald-700">{t("saved")}</span> : null}
        {status === "failed" ? (
          <span className="text-red-700">
            {t("failed")} — {tErrors.has(autosave.errorCode ?? "") ? tErrors(autosave.errorCode as "internal") : tErrors("internal")}{" "}
            <Button variant="link" size="sm" onClick={autosave.retry}>
              {t("retry")}
            </Button>
          </span>
        ) : null}
        {status === "invalid" ? <span className="text-red-700">{tErrors("validation")}</span> : null}
        {status === "forbidden" ? (
          <span className="text-red-700" data-testid="save-refused">
            {tErrors(autosave.errorCode === "archived" || autosave.errorCode === "noAccess" ? autosave.errorCode : "forbidden")}
          </span>
        ) : null}
      </p>
      {status === "conflict" && autosave.theirs ? <ConflictPanel autosave={autosave} labels={labels} /> : null}
    </div>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function ConflictPanel<V extends Record<string, unknown>>({ autosave, labels }: { autosave: Autosave<V>; labels?: Partial<Record<keyof V, string>> }) {
  const t = useTranslations("wizard");
  const theirs = autosave.theirs!;
  // Only the fields both sides changed; null from the server and an empty field are the same value.
  const differing: string[] =
    autosave.conflicts.length > 0
      ? autosave.conflicts
      : Object.keys(autosave.values).filter((field) => field in theirs && !sameValue(theirs[field as keyof typeof theirs], autosave.values[field]));
  const hasText = differing.some((f) => typeof autosave.values[f] === "string");
  return (
    <div role="alert" data-testid="conflict-panel" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t("conflictTitle")}</p>
      <p className="mt-1">{t("conflictBody")}</p>
      {differing.length > 0 ? (
        <dl className="mt-2 space-y-2">
          {differing.map((field) => (
            <div key={field} className="grid gap-1 sm:grid-cols-[8rem_1fr_1fr]">
              <dt className="font-medium">{labels?.[field as keyof V] ?? humanize(field)}</dt>
              <dd>
                <span className="block text-xs text-amber-800">{t("theirValue")}</span>
                <span data-testid={`theirs-${field}`} className="whitespace-pre-wrap">{show(theirs[field as keyof typeof theirs])}</span>
              </dd>
              <dd>
                <span className="block text-xs text-amber-800">{t("yourValue")}</span>
                <span data-testid={`mine-${field}`} className="whitespace-pre-wrap">{show(autosave.values[field])}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={autosave.takeTheirs}>
          {t("conflictReload")}
        </Button>
        <Button size="sm" onClick={autosave.keepMine}>
          {t("conflictReapply")}
        </Button>
        {hasText ? (
          <Button size="sm" variant="secondary" onClick={autosave.mergeText}>
            {t("conflictMerge")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
