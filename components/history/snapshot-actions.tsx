"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, invalidProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { duplicateSnapshotAction, restoreSnapshotAction } from "@/lib/snapshots/actions";
import { HistoryError } from "./history-error";

/** Replaces the plan with a snapshot after a confirmation (the server saves the current plan first). */
export function RestoreButton({ projectId, snapshotId, title }: { projectId: string; snapshotId: string; title: string }) {
  const t = useTranslations("history.restore");
  const router = useRouter();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("confirm", { name: title }))) return;
          startTransition(async () => {
            const result = await restoreSnapshotAction({ projectId, snapshotId });
            if (!result.ok) return setFailure(result);
            setFailure(null);
            setDone(true);
            router.refresh();
          });
        }}
      >
        {t("button")}
      </Button>
      {done ? (
        <p role="status" className="text-xs text-emerald-700">
          {t("done")}
        </p>
      ) : null}
      <HistoryError failure={failure} />
    </div>
  );
}

/** "Try a pivot": copies a snapshot into a new project of the same team, then opens it. */
export function DuplicateSnapshot({ projectId, snapshotId, title, defaultName }: { projectId: string; snapshotId: string; title: string; defaultName: string }) {
  const t = useTranslations("history.duplicate");
  const router = useRouter();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const error = failure?.fieldErrors?.name;
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        {t("button")}
      </Button>
    );
  }
  return (
    <form
      className="w-full space-y-2 rounded-md border bg-slate-50 p-3"
      aria-label={t("title", { name: title })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await duplicateSnapshotAction({ projectId, snapshotId, name });
          if (!result.ok) return setFailure(result);
          router.push(`/projects/${result.data.projectId}`);
        });
      }}
    >
      <p className="text-sm font-medium">{t("title", { name: title })}</p>
      <p className="text-xs text-slate-600">{t("hint")}</p>
      <Field id={inputId} label={t("name")} error={error}>
        <Input id={inputId} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} {...invalidProps(inputId, error)} />
      </Field>
      {failure && failure.code !== "validation" ? <HistoryError failure={failure} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {t("submit")}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
