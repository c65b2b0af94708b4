"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { RowCard } from "@/components/ui/row-card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addSegmentAction, deleteSegmentAction, updateSegmentAction } from "@/lib/market/actions";
import { APPLICATION_DOMAINS, DOMAIN_IDS, type ApplicationDomain } from "@/lib/market/model";
import type { Market } from "@/lib/market/data";
import { SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { AddRowForm, DeleteRowButton } from "@/components/wizard/row-controls";

type Segment = Market["segments"][number];
type SegmentForm = Omit<Segment, "id" | "version">;

export function SegmentsStep({ projectId, segments, canEdit }: { projectId: string; segments: Segment[]; canEdit: boolean }) {
  const t = useTranslations("market");
  const [customDomain, setCustomDomain] = useState<ApplicationDomain>("other");
  const domainOptions = DOMAIN_IDS.map((d) => ({ value: d, label: t(`domains.${d}`) }));
  return (
    <div className="space-y-4">
      <SegmentPicker projectId={projectId} canEdit={canEdit} />
      <Card className="space-y-2">
        <h3 className="font-medium">{t("segments.customTitle")}</h3>
        <AddRowForm
          id="new-segment-name"
          label={t("segments.customName")}
          placeholder={t("segments.customNamePlaceholder")}
          buttonLabel={t("row.add")}
          disabled={!canEdit}
          onAdd={(name) => addSegmentAction({ projectId, name, domain: customDomain })}
        >
          <div className="w-48">
            <Field id="new-segment-domain" label={t("segments.domain")}>
              <Select id="new-segment-domain" value={customDomain} disabled={!canEdit} onChange={(e) => setCustomDomain(e.target.value as ApplicationDomain)}>
                {domainOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </AddRowForm>
      </Card>
      <section aria-labelledby="segment-list-title" className="space-y-3">
        <h3 id="segment-list-title" className="font-medium">
          {t("segments.listTitle", { count: segments.length })}
        </h3>
        {segments.length === 0 ? <p className="text-sm text-slate-500">{t("row.empty")}</p> : null}
        <ul className="space-y-3" data-testid="segment-list">
          {segments.map((segment) => (
            <li key={segment.id}>
              <SegmentRow projectId={projectId} segment={segment} canEdit={canEdit} domainOptions={domainOptions} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Application areas and uses from the source material; one click adds a use as a segment. */
function SegmentPicker({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useTranslations("market");
  const router = useRouter();
  const [domain, setDomain] = useState<ApplicationDomain>(DOMAIN_IDS[0]);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const add = (name: string) =>
    startTransition(async () => {
      const result = await addSegmentAction({ projectId, name, domain });
      setFailure(result.ok ? null : result.code);
      if (result.ok) router.refresh();
    });
  return (
    <Card className="space-y-3">
      <div>
        <h3 className="font-medium">{t("segments.pickerTitle")}</h3>
        <p className="text-sm text-slate-600">{t("segments.pickerHint")}</p>
      </div>
      <div className="max-w-xs">
        <Field id="segment-picker-domain" label={t("segments.domainLabel")}>
          <Select id="segment-picker-domain" value={domain} onChange={(e) => setDomain(e.target.value as ApplicationDomain)}>
            {DOMAIN_IDS.map((d) => (
              <option key={d} value={d}>
                {t(`domains.${d}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ul className="flex flex-wrap gap-2" aria-label={t(`domains.${domain}`)}>
        {APPLICATION_DOMAINS[domain].map((application) => {
          const name = t(`applications.${application}`);
          return (
            <li key={application}>
              <Button size="sm" variant="secondary" disabled={!canEdit || pending} onClick={() => add(name)}>
                {t("segments.addFromPicker", { name })}
              </Button>
            </li>
          );
        })}
      </ul>
      <FormError code={failure} />
    </Card>
  );
}

function SegmentRow({ projectId, segment, canEdit, domainOptions }: { projectId: string; segment: Segment; canEdit: boolean; domainOptions: { value: string; label: string }[] }) {
  const t = useTranslations("market");
  const { id, version, ...initial } = segment;
  const autosave = useAutosave<SegmentForm>({
    key: `market-segment:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateSegmentAction({ projectId, id, version: v, ...values }),
  });
  const prefix = `segment-${id}`;
  return (
    <RowCard name={autosave.values.name} className="space-y-3" data-testid="segment-row">
      <div className="flex items-start justify-between gap-2">
        <Badge tone="info">{t(`domains.${autosave.values.domain}`)}</Badge>
        <DeleteRowButton
          label={t("row.delete")}
          accessibleLabel={t("row.deleteNamed", { name: autosave.values.name })}
          disabled={!canEdit}
          draftKey={`market-segment:${id}`}
          onDelete={() => deleteSegmentAction({ projectId, id })}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextField autosave={autosave} field="name" idPrefix={prefix} label={t("segments.name")} disabled={!canEdit} />
        <SelectField autosave={autosave} field="domain" idPrefix={prefix} label={t("segments.domain")} disabled={!canEdit} options={domainOptions} />
      </div>
      <TextAreaField autosave={autosave} field="needs" idPrefix={prefix} label={t("segments.needs")} hint={t("segments.needsHint")} disabled={!canEdit} />
      <SaveStatus autosave={autosave} labels={{ name: t("segments.name"), domain: t("segments.domain"), needs: t("segments.needs") }} />
    </RowCard>
  );
}
