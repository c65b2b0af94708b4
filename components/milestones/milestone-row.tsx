"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionButton } from "@/components/wizard/action-button";
import { Badge } from "@/components/ui/badge";
import { RowCard } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { deleteMilestoneAction, saveMilestoneAction } from "@/lib/milestones/actions";
import type { MilestoneRecord } from "@/lib/milestones/data";
import { isOverdue, MILESTONE_STATUSES, unmetDependencies, type MilestoneStatus, type MilestoneValues } from "@/lib/milestones/model";

type MilestoneForm = Omit<MilestoneValues, "startDate" | "dueDate"> & { startDate: string; dueDate: string };

export const OWNER_SUGGESTIONS_ID = "milestone-owner-suggestions";

export function MilestoneRow({ projectId, milestone, all, today, canEdit }: { projectId: string; milestone: MilestoneRecord; all: MilestoneRecord[]; today: string; canEdit: boolean }) {
  const t = useTranslations("milestones.milestone");
  const tValidation = useTranslations("validation");
  const key = `milestone:${milestone.id}`;
  const autosave = useAutosave<MilestoneForm>({
    key,
    initial: {
      title: milestone.title,
      owner: milestone.owner,
      startDate: milestone.startDate ?? "",
      dueDate: milestone.dueDate ?? "",
      status: milestone.status,
      notes: milestone.notes,
      dependsOn: milestone.dependsOn,
    },
    version: milestone.version,
    disabled: !canEdit,
    save: (values, version) => saveMilestoneAction({ projectId, id: milestone.id, version, ...values }),
  });
  const values = autosave.values;
  const err = autosave.fieldErrors;
  const disabled = !canEdit;
  const id = (field: string) => `milestone-${milestone.id}-${field}`;
  const overdue = isOverdue({ status: values.status, dueDate: values.dueDate || null }, today);
  const others = all.filter((m) => m.id !== milestone.id);
  const waitingFor = unmetDependencies({ status: values.status, dependsOn: values.dependsOn }, all);
  const dependsError = err.dependsOn;
  // The loop error is this section's own; the others are the shared validation messages.
  const dependsMessage = !dependsError
    ? null
    : dependsError.code === "dependencyCycle"
      ? t("dependencyCycle")
      : tValidation.has(dependsError.code)
        ? tValidation(dependsError.code, dependsError.values ?? {})
        : tValidation("invalid");

  return (
    <RowCard name={values.title} className={overdue ? "space-y-3 border-red-300 bg-red-50/40" : "space-y-3"} data-testid="milestone" data-overdue={overdue}>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <Field id={id("title")} label={t("title")} error={err.title}>
            <Input id={id("title")} value={values.title} disabled={disabled} onChange={(e) => autosave.set({ title: e.target.value })} {...invalidProps(id("title"), err.title)} />
          </Field>
        </div>
        {overdue ? (
          <Badge tone="bad" data-testid="overdue-badge">
            {t("overdue")}
          </Badge>
        ) : null}
        <ActionButton variant="ghost" run={() => deleteMilestoneAction({ projectId, id: milestone.id })} draftKey={key} disabled={disabled} aria-label={`${t("delete")}: ${values.title}`}>
          {t("delete")}
        </ActionButton>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id={id("owner")} label={t("owner")} error={err.owner}>
          <Input id={id("owner")} list={OWNER_SUGGESTIONS_ID} value={values.owner} disabled={disabled} onChange={(e) => autosave.set({ owner: e.target.value })} {...invalidProps(id("owner"), err.owner)} />
        </Field>
        <Field id={id("startDate")} label={t("startDate")} error={err.startDate}>
          <Input id={id("startDate")} type="date" value={values.startDate} disabled={disabled} onChange={(e) => autosave.set({ startDate: e.target.value })} {...invalidProps(id("startDate"), err.startDate)} />
        </Field>
        <Field id={id("dueDate")} label={t("dueDate")} error={err.dueDate}>
          <Input id={id("dueDate")} type="date" value={values.dueDate} disabled={disabled} onChange={(e) => autosave.set({ dueDate: e.target.value })} {...invalidProps(id("dueDate"), err.dueDate)} />
        </Field>
        <Field id={id("status")} label={t("status")} error={err.status}>
          <Select id={id("status")} value={values.status} disabled={disabled} onChange={(e) => autosave.set({ status: e.target.value as MilestoneStatus })} {...invalidProps(id("status"), err.status)}>
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Dependencies
        idPrefix={id("dependsOn")}
        others={others}
        selected={values.dependsOn}
        disabled={disabled}
        error={dependsMessage}
        onChange={(dependsOn) => autosave.set({ dependsOn })}
      />
      {waitingFor.length > 0 ? (
        <p className="text-sm text-amber-800" data-testid="waiting-for">
          {t("waitingFor", { names: waitingFor.map((m) => m.title).join(", ") })}
        </p>
      ) : null}
      <Field id={id("notes")} label={t("notes")} error={err.notes}>
        <Textarea id={id("notes")} rows={2} className="min-h-16" value={values.notes} disabled={disabled} onChange={(e) => autosave.set({ notes: e.target.value })} {...invalidProps(id("notes"), err.notes)} />
      </Field>
      <SaveStatus
        autosave={autosave}
        labels={{ title: t("title"), owner: t("owner"), startDate: t("startDate"), dueDate: t("dueDate"), status: t("status"), notes: t("notes"), dependsOn: t("dependsOn") }}
      />
    </RowCard>
  );
}

/** Prerequisites as checkboxes; the list is only rendered when opened (a plan may have 200 milestones). */
function Dependencies({
  idPrefix,
  others,
  selected,
  disabled,
  error,
  onChange,
}: {
  idPrefix: string;
  others: MilestoneRecord[];
  selected: string[];
  disabled: boolean;
  error: string | null;
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("milestones.milestone");
  const [open, setOpen] = useState(false);
  const names = others.filter((m) => selected.includes(m.id)).map((m) => m.title);
  return (
    <details className="rounded-md border bg-white p-2 text-sm" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium">
        {t("dependsOn")}: <span className="font-normal text-slate-700">{names.length ? names.join(", ") : "—"}</span>
      </summary>
      {open ? (
        <fieldset className="mt-2 space-y-1" aria-describedby={error ? `${idPrefix}-error` : undefined}>
          <legend className="text-xs text-slate-500">{t("dependsOnHint")}</legend>
          {others.length === 0 ? <p className="text-slate-600">{t("noOthers")}</p> : null}
          {others.map((m) => {
            const checkboxId = `${idPrefix}-${m.id}`;
            return (
              <div key={m.id} className="flex items-center gap-2">
                <input
                  id={checkboxId}
                  type="checkbox"
                  className="h-4 w-4 accent-brand-600"
                  checked={selected.includes(m.id)}
                  disabled={disabled}
                  onChange={(e) => onChange(e.target.checked ? [...selected, m.id] : selected.filter((s) => s !== m.id))}
                />
                <label htmlFor={checkboxId}>{m.title}</label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      {error ? (
        <p id={`${idPrefix}-error`} role="alert" className="mt-1 text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </details>
  );
}
