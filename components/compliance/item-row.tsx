"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ActionButton } from "@/components/wizard/action-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { deleteItemAction, saveItemAction } from "@/lib/compliance/actions";
import { catalogueItem } from "@/lib/compliance/catalogue";
import type { ComplianceItemRecord } from "@/lib/compliance/data";
import { STATUSES, type ComplianceStatus, type ItemValues } from "@/lib/compliance/model";

export const OWNER_SUGGESTIONS_ID = "compliance-owner-suggestions";

const STATUS_TONE = { notStarted: "neutral", inProgress: "info", done: "good", notApplicable: "neutral" } as const;

/**
 * One checklist item. `markNotApplicable` is a counter: each time it grows, an item not started yet
 * sets itself to "not applicable" through its own autosave (so versions and conflicts stay correct).
 */
export function ItemRow({ projectId, item, canEdit, markNotApplicable }: { projectId: string; item: ComplianceItemRecord; canEdit: boolean; markNotApplicable: number }) {
  const t = useTranslations("compliance");
  const key = `compliance-item:${item.id}`;
  const autosave = useAutosave<ItemValues>({
    key,
    initial: { title: item.title, status: item.status, owner: item.owner, notes: item.notes },
    version: item.version,
    disabled: !canEdit,
    save: (values, version) => saveItemAction({ projectId, id: item.id, version, ...values }),
  });
  const { set, values } = autosave;
  // Items already settled as not applicable open compact, so a market the company does not serve
  // takes little room; one marked during this visit stays open for a note on why.
  const [expanded, setExpanded] = useState(item.status !== "notApplicable");
  const compact = values.status === "notApplicable" && !expanded;
  useEffect(() => {
    if (markNotApplicable > 0 && values.status === "notStarted") set({ status: "notApplicable" });
    // Only when the founders ask for it, not whenever the status changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markNotApplicable]);

  const entry = catalogueItem(item.catalogueKey);
  const id = (field: string) => `item-${item.id}-${field}`;
  const err = autosave.fieldErrors;
  const disabled = !canEdit;
  const title = entry ? t(`catalogue.${entry.key}.title`) : values.title;

  return (
    <Card role="group" aria-label={title} className="space-y-3" data-testid="compliance-item" data-key={item.catalogueKey ?? "custom"} data-status={values.status}>
      {entry ? (
        <div className="space-y-1">
          <h3 className="font-medium">{title}</h3>
          {compact ? null : <p className="text-sm text-slate-600">{t(`catalogue.${entry.key}.what`)}</p>}
          <div className="flex flex-wrap gap-2">
            <Badge tone="neutral">{t(`kinds.${entry.kind}`)}</Badge>
            {entry.origin === "launchpad" ? (
              <Badge tone="warn" data-testid="launchpad-addition">
                {t("origin.launchpad")}
              </Badge>
            ) : (
              <Badge tone="info">{t("origin.docs", { sources: entry.sources ?? "" })}</Badge>
            )}
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1 basis-64">
            <Field id={id("title")} label={t("item.title")} error={err.title}>
              <Input id={id("title")} value={values.title} disabled={disabled} onChange={(e) => set({ title: e.target.value })} {...invalidProps(id("title"), err.title)} />
            </Field>
          </div>
          <Badge tone="neutral">{t("item.custom")}</Badge>
          <ActionButton variant="ghost" run={() => deleteItemAction({ projectId, id: item.id })} draftKey={key} disabled={disabled} aria-label={`${t("item.delete")}: ${title}`}>
            {t("item.delete")}
          </ActionButton>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2 sm:items-end">
        <Field id={id("status")} label={t("item.status")} error={err.status} context={title}>
          <Select id={id("status")} value={values.status} disabled={disabled} onChange={(e) => set({ status: e.target.value as ComplianceStatus })} {...invalidProps(id("status"), err.status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        {compact ? (
          <div>
            <Button variant="link" size="sm" aria-expanded={false} onClick={() => setExpanded(true)}>
              {t("item.showDetails")}
            </Button>
          </div>
        ) : (
          <Field id={id("owner")} label={t("item.owner")} error={err.owner} context={title}>
            <Input id={id("owner")} list={OWNER_SUGGESTIONS_ID} value={values.owner} disabled={disabled} onChange={(e) => set({ owner: e.target.value })} {...invalidProps(id("owner"), err.owner)} />
          </Field>
        )}
      </div>
      {compact ? null : (
        <Field id={id("notes")} label={t("item.notes")} error={err.notes} context={title}>
          <Textarea id={id("notes")} rows={2} className="min-h-16" value={values.notes} disabled={disabled} onChange={(e) => set({ notes: e.target.value })} {...invalidProps(id("notes"), err.notes)} />
        </Field>
      )}
      <div className="flex items-center justify-between gap-2">
        <SaveStatus autosave={autosave} labels={{ title: t("item.title"), status: t("item.status"), owner: t("item.owner"), notes: t("item.notes") }} />
        <Badge tone={STATUS_TONE[values.status]} className="shrink-0">
          {t(`statuses.${values.status}`)}
        </Badge>
      </div>
    </Card>
  );
}
