"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { RowCard } from "@/components/ui/row-card";
import { SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addDataSourceAction, deleteDataSourceAction, updateDataSourceAction } from "@/lib/platform/actions";
import type { Platform } from "@/lib/platform/data";
import { DATA_ORIGINS, DATA_QUALITY, DATA_RIGHTS, DATA_SENSITIVITY } from "@/lib/platform/model";

type DataSource = Platform["dataSources"][number];
type DataSourceForm = Omit<DataSource, "id" | "version">;

export function DataSourcesStep({ projectId, dataSources, canEdit }: { projectId: string; dataSources: DataSource[]; canEdit: boolean }) {
  const t = useTranslations("platform");
  const documented = dataSources.filter((s) => s.rights === "documented").length;
  const personal = dataSources.filter((s) => s.sensitivity === "personal" || s.sensitivity === "sensitivePersonal").length;
  return (
    <div className="space-y-4">
      <AddRowForm
        id="new-data-source-name"
        label={t("data.addLabel")}
        placeholder={t("data.addPlaceholder")}
        buttonLabel={t("row.add")}
        disabled={!canEdit}
        onAdd={(name) => addDataSourceAction({ projectId, name })}
      />
      <p className="text-sm text-slate-600" data-testid="data-source-summary">
        {t("data.summary", { count: dataSources.length, documented, personal })}
      </p>
      {dataSources.length === 0 ? <p className="text-sm text-slate-500">{t("row.empty")}</p> : null}
      <ul className="space-y-3" data-testid="data-source-list">
        {dataSources.map((source) => (
          <li key={source.id}>
            <DataSourceRow projectId={projectId} source={source} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function DataSourceRow({ projectId, source, canEdit }: { projectId: string; source: DataSource; canEdit: boolean }) {
  const t = useTranslations("platform");
  const { id, version, ...initial } = source;
  const autosave = useAutosave<DataSourceForm>({
    key: `platform-data-source:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateDataSourceAction({ projectId, id, version: v, ...values }),
  });
  const prefix = `data-source-${id}`;
  const options = (ids: readonly string[], group: string) => ids.map((value) => ({ value, label: t(`${group}.${value}`) }));
  const { sensitivity, rights } = autosave.values;
  const labels = {
    name: t("data.name"),
    origin: t("data.origin"),
    rights: t("data.rights"),
    rightsNotes: t("data.rightsNotes"),
    quality: t("data.quality"),
    qualityNotes: t("data.qualityNotes"),
    sensitivity: t("data.sensitivity"),
  };
  return (
    <RowCard name={autosave.values.name} className="space-y-3" data-testid="data-source-row">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={labels.name} disabled={!canEdit} />
        </div>
        {rights === "unknown" ? <Badge tone="warn">{t("rightsOptions.unknown")}</Badge> : null}
        <DeleteRowButton
          label={t("row.delete")}
          accessibleLabel={t("row.deleteNamed", { name: autosave.values.name })}
          disabled={!canEdit}
          draftKey={`platform-data-source:${id}`}
          onDelete={() => deleteDataSourceAction({ projectId, id })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField autosave={autosave} field="origin" idPrefix={prefix} label={labels.origin} disabled={!canEdit} options={options(DATA_ORIGINS, "origins")} />
        <SelectField autosave={autosave} field="rights" idPrefix={prefix} label={labels.rights} disabled={!canEdit} options={options(DATA_RIGHTS, "rightsOptions")} />
        <SelectField autosave={autosave} field="quality" idPrefix={prefix} label={labels.quality} disabled={!canEdit} options={options(DATA_QUALITY, "qualityOptions")} />
        <SelectField autosave={autosave} field="sensitivity" idPrefix={prefix} label={labels.sensitivity} disabled={!canEdit} options={options(DATA_SENSITIVITY, "sensitivityOptions")} />
      </div>
      {sensitivity === "personal" || sensitivity === "sensitivePersonal" ? (
        <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("data.personalWarning")}
        </p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        <TextAreaField autosave={autosave} field="rightsNotes" idPrefix={prefix} label={labels.rightsNotes} hint={t("data.rightsNotesHint")} disabled={!canEdit} />
        <TextAreaField autosave={autosave} field="qualityNotes" idPrefix={prefix} label={labels.qualityNotes} hint={t("data.qualityNotesHint")} disabled={!canEdit} />
      </div>
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
