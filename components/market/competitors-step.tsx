"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { RowCard } from "@/components/ui/row-card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addCompetitorAction, deleteCompetitorAction, updateCompetitorAction } from "@/lib/market/actions";
import type { Market } from "@/lib/market/data";
import { TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";

type Competitor = Market["competitors"][number];
type CompetitorForm = Omit<Competitor, "id" | "version">;

const TEXT_FIELDS = ["offering", "strengths", "weaknesses", "differentiation"] as const;

export function CompetitorsStep({ projectId, competitors, canEdit }: { projectId: string; competitors: Competitor[]; canEdit: boolean }) {
  const t = useTranslations("market");
  const differentiated = competitors.filter((c) => c.differentiation.trim() !== "").length;
  return (
    <div className="space-y-4">
      <AddRowForm
        id="new-competitor-name"
        label={t("competitors.addLabel")}
        placeholder={t("competitors.addPlaceholder")}
        buttonLabel={t("row.add")}
        disabled={!canEdit}
        onAdd={(name) => addCompetitorAction({ projectId, name })}
      />
      <p className="text-sm text-slate-600" data-testid="competitor-count">
        {t("competitors.count", { count: competitors.length, differentiated })}
      </p>
      {competitors.length === 0 ? <p className="text-sm text-slate-500">{t("row.empty")}</p> : null}
      <ul className="space-y-3" data-testid="competitor-list">
        {competitors.map((competitor) => (
          <li key={competitor.id}>
            <CompetitorRow projectId={projectId} competitor={competitor} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function CompetitorRow({ projectId, competitor, canEdit }: { projectId: string; competitor: Competitor; canEdit: boolean }) {
  const t = useTranslations("market.competitors");
  const tRow = useTranslations("market.row");
  const { id, version, ...initial } = competitor;
  const autosave = useAutosave<CompetitorForm>({
    key: `market-competitor:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateCompetitorAction({ projectId, id, version: v, ...values }),
  });
  const prefix = `competitor-${id}`;
  const labels = { name: t("name"), offering: t("offering"), strengths: t("strengths"), weaknesses: t("weaknesses"), differentiation: t("differentiation") };
  return (
    <RowCard name={autosave.values.name} className="space-y-3" data-testid="competitor-row">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <TextField autosave={autosave} field="name" idPrefix={prefix} label={t("name")} disabled={!canEdit} />
        </div>
        {autosave.values.differentiation.trim() === "" ? <Badge tone="warn">{t("missingDifferentiation")}</Badge> : null}
        <DeleteRowButton
          label={tRow("delete")}
          accessibleLabel={tRow("deleteNamed", { name: autosave.values.name })}
          disabled={!canEdit}
          draftKey={`market-competitor:${id}`}
          onDelete={() => deleteCompetitorAction({ projectId, id })}
        />
      </div>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
        {TEXT_FIELDS.map((field) => (
          <TextAreaField
            key={field}
            autosave={autosave}
            field={field}
            idPrefix={prefix}
            label={labels[field]}
            hint={field === "differentiation" ? t("differentiationHint") : undefined}
            disabled={!canEdit}
          />
        ))}
      </div>
      <SaveStatus autosave={autosave} labels={labels} />
    </RowCard>
  );
}
