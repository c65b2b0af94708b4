"use client";
import { useTranslations } from "next-intl";
import { RowCard } from "@/components/ui/row-card";
import { SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addPartnerAction, deletePartnerAction, updatePartnerAction } from "@/lib/platform/actions";
import type { Platform } from "@/lib/platform/data";
import { PARTNER_KINDS, PARTNER_STATUSES } from "@/lib/platform/model";

type Partner = Platform["partners"][number];
type PartnerForm = Omit<Partner, "id" | "version">;

export function PartnersStep({ projectId, partners, canEdit }: { projectId: string; partners: Partner[]; canEdit: boolean }) {
  const t = useTranslations("platform");
  const active = partners.filter((p) => p.status === "agreed" || p.status === "active").length;
  return (
    <div className="space-y-4">
      <AddRowForm
        id="new-partner-name"
        label={t("partners.addLabel")}
        placeholder={t("partners.addPlaceholder")}
        buttonLabel={t("row.add")}
        disabled={!canEdit}
        onAdd={(name) => addPartnerAction({ projectId, name })}
      />
      <p className="text-sm text-slate-600" data-testid="partner-summary">
        {t("partners.summary", { count: partners.length, active })}
      </p>
      {partners.length === 0 ? <p className="text-sm text-slate-500">{t("row.empty")}</p> : null}
      <ul className="space-y-3" data-testid="partner-list">
        {partners.map((partner) => (
          <li key={partner.id}>
            <PartnerRow projectId={projectId} partner={partner} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function PartnerRow({ projectId, partner, canEdit }: { projectId: string; partner: Partner; canEdit: boolean }) {
  const t = useTranslations("platform");
  const { id, version, ...initial } = partner;
  const autosave = useAutosave<PartnerForm>({
    key: `platform-partner:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updatePartnerAction({ projectId, id, version: v, ...values }),
  });
  const prefix = `partner-${id}`;
  const labels = { name: t("partners.name"), kind: t("partners.kind"), status: t("partners.status"), contribution: t("partners.contribution") };
  return (
    <RowCard name={autosave.values.name} className="space-y-3" data-testid="partner-row">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={labels.name} disabled={!canEdit} />
        </div>
        <DeleteRowButton
          label={t("row.delete")}
          accessibleLabel={t("row.deleteNamed", { name: autosave.values.name })}
          disabled={!canEdit}
          draftKey={`platform-partner:${id}`}
          onDelete={() => deletePartnerAction({ projectId, id })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField autosave={autosave} field="kind" idPrefix={prefix} label={labels.kind} disabled={!canEdit} options={PARTNER_KINDS.map((k) => ({ value: k, label: t(`partnerKinds.${k}`) }))} />
        <SelectField autosave={autosave} field="status" idPrefix={prefix} label={labels.status} disabled={!canEdit} options={PARTNER_STATUSES.map((s) => ({ value: s, label: t(`partnerStatuses.${s}`) }))} />
      </div>
      <TextAreaField autosave={autosave} field="contribution" idPrefix={prefix} label={labels.contribution} hint={t("partners.contributionHint")} disabled={!canEdit} />
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
