"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/wizard/record-fields";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { saveToolingItemAction } from "@/lib/platform/actions";
import type { Platform } from "@/lib/platform/data";
import { TOOLING_ITEMS, TOOLING_STATUSES, toolingStatuses, type ToolingItemId } from "@/lib/platform/model";

type StoredItem = Platform["toolingItems"][number];
type ToolingForm = { status: string; tool: string };

export function ToolingStep({ projectId, toolingItems, canEdit }: { projectId: string; toolingItems: StoredItem[]; canEdit: boolean }) {
  const t = useTranslations("platform.tooling");
  const stored = new Map(toolingItems.map((item) => [item.itemId, item]));
  const statuses = Object.values(toolingStatuses(toolingItems));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600" data-testid="tooling-progress">
        {t("progress", { done: count("inPlace"), planned: count("planned"), open: count("open") })}
      </p>
      <ul className="space-y-3" data-testid="tooling-list">
        {TOOLING_ITEMS.map((item) => (
          <li key={item.id}>
            <ToolingRow projectId={projectId} itemId={item.id} own={item.own} stored={stored.get(item.id)} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ToolingRow({ projectId, itemId, own, stored, canEdit }: { projectId: string; itemId: ToolingItemId; own: boolean; stored?: StoredItem; canEdit: boolean }) {
  const t = useTranslations("platform.tooling");
  const autosave = useAutosave<ToolingForm>({
    key: `platform-tooling:${projectId}:${itemId}`,
    initial: { status: stored?.status ?? "open", tool: stored?.tool ?? "" },
    // 0: never saved for this project; the first save creates the item.
    version: stored?.version ?? 0,
    disabled: !canEdit,
    save: (values, version) => saveToolingItemAction({ projectId, itemId, version, ...values }),
  });
  const prefix = `tooling-${itemId}`;
  return (
    <Card className="space-y-2 p-4" data-testid={`tooling-${itemId}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium" id={`${prefix}-title`}>
          {t(`items.${itemId}.title`)}
        </h3>
        {own ? <Badge tone="info">{t("own")}</Badge> : null}
      </div>
      <p className="text-sm text-slate-600">{t(`items.${itemId}.hint`)}</p>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <SelectField
          autosave={autosave}
          field="status"
          idPrefix={prefix}
          label={`${t("status")}: ${t(`items.${itemId}.title`)}`}
          disabled={!canEdit}
          options={TOOLING_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <TextField autosave={autosave} field="tool" idPrefix={prefix} label={`${t("tool")}: ${t(`items.${itemId}.title`)}`} placeholder={t("toolPlaceholder")} disabled={!canEdit} />
      </div>
      <SaveStatus autosave={autosave} labels={{ status: t("status"), tool: t("tool") }} />
    </Card>
  );
}
