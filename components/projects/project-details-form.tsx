"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { archiveProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { CURRENCIES, PROJECT_STAGES } from "@/lib/projects/schema";

type Details = { name: string; oneLiner: string; sector: string; stage: (typeof PROJECT_STAGES)[number]; currency: (typeof CURRENCIES)[number]; timeZone: string };

const detailsOf = (p: Details): Details => ({ name: p.name, oneLiner: p.oneLiner, sector: p.sector, stage: p.stage, currency: p.currency, timeZone: p.timeZone });

export function ProjectDetailsForm({
  project,
  canEdit,
  canArchive,
  timeZones,
}: {
  project: Details & { id: string; version: number; archived: boolean };
  canEdit: boolean;
  canArchive: boolean;
  /** The zones to pick from; rendered by the server so both sides list the same ones. */
  timeZones: string[];
}) {
  const t = useTranslations("projects");
  const tStage = useTranslations("stages");
  const router = useRouter();
  const [values, setValues] = useState<Details>(detailsOf(project));
  const [version, setVersion] = useState(project.version);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors;
  const set = (patch: Partial<Details>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(false);
  };
  const disabled = !canEdit || project.archived;

  return (
    <Card>
      <form
        className="space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const result = await updateProjectAction({ projectId: project.id, version, ...values });
            if (!result.ok) {
              setFailure(result);
              return;
            }
            setFailure(null);
            setVersion(result.data.version);
            setSaved(true);
            router.refresh();
          });
        }}
      >
        <Field id="project-name" label={t("name")} error={errors?.name}>
          <Input id="project-name" value={values.name} disabled={disabled} onChange={(e) => set({ name: e.target.value })} {...invalidProps("project-name", errors?.name)} />
        </Field>
        <Field id="project-one-liner" label={t("oneLiner")} hint={t("oneLinerHint")} error={errors?.oneLiner}>
          <Textarea id="project-one-liner" rows={2} value={values.oneLiner} disabled={disabled} onChange={(e) => set({ oneLiner: e.target.value })} {...invalidProps("project-one-liner", errors?.oneLiner)} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="project-sector" label={t("sector")} error={errors?.sector}>
            <Input id="project-sector" value={values.sector} disabled={disabled} onChange={(e) => set({ sector: e.target.value })} {...invalidProps("project-sector", errors?.sector)} />
          </Field>
          <Field id="project-stage" label={t("stage")} error={errors?.stage}>
            <Select id="project-stage" value={values.stage} disabled={disabled} onChange={(e) => set({ stage: e.target.value as Details["stage"] })}>
              {PROJECT_STAGES.map((s) => (
                <option key={s} value={s}>
                  {tStage(s)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="project-currency" label={t("currency")} error={errors?.currency}>
            <Select id="project-currency" value={values.currency} disabled={disabled} onChange={(e) => set({ currency: e.target.value as Details["currency"] })}>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field id="project-time-zone" label={t("timeZone")} hint={t("timeZoneHint")} error={errors?.timeZone}>
          <Select id="project-time-zone" value={values.timeZone} disabled={disabled} onChange={(e) => set({ timeZone: e.target.value })} {...invalidProps("project-time-zone", errors?.timeZone)}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
        {failure?.code === "conflict" ? (
          <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("conflict")}{" "}
            <Button
              variant="link"
              size="sm"
              onClick={() => {
                // The conflict result carries what is stored now: show it and continue from there.
                const current = failure.current as Details & { version: number };
                setValues(detailsOf(current));
                setVersion(current.version);
                setFailure(null);
              }}
            >
              {t("reload")}
            </Button>
          </div>
        ) : (
          <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
        )}
        <div className="flex items-center gap-3">
          {/* Shown disabled (not hidden) to read-only roles; the server refuses their saves anyway. */}
          <Button type="submit" disabled={pending || disabled}>
            {t("save")}
          </Button>
          {saved ? <span role="status" className="text-sm text-emerald-700">{t("saved")}</span> : null}
          {canArchive ? (
            <Button
              variant="secondary"
              className="ml-auto"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await archiveProjectAction({ projectId: project.id, archived: !project.archived });
                  if (!result.ok) return setFailure(result);
                  router.refresh();
                })
              }
            >
              {project.archived ? t("unarchive") : t("archive")}
            </Button>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
