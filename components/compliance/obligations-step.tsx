"use client";
import { useTranslations } from "next-intl";
import { DateField, SelectField, TextAreaField, TextField } from "@/components/wizard/record-fields";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave, type Autosave } from "@/components/wizard/use-autosave";
import { saveComplianceProfileAction, saveObligationAction } from "@/lib/compliance/actions";
import type { ObligationsStep as StepData } from "@/lib/compliance/data";
import { LAW_MARKETS } from "@/lib/compliance/model";
import {
  ANSWERS,
  DOMAINS,
  OBLIGATION_STATUSES,
  obligationCalendar,
  obligationsFor,
  profileDefaults,
  type Answer,
  type CalendarEntry,
  type Domain,
  type LawMarket,
  type ObligationFacts,
  type ProfileQuestion,
} from "@/lib/compliance/obligations";
import { OWNER_SUGGESTIONS_ID } from "./item-row";

type ProfileForm = Omit<ObligationFacts, never>;

/** Which questions matter for which markets; the others stay stored but are not asked. */
const ASKED: Record<ProfileQuestion, LawMarket[] | "always"> = {
  publicGenerative: "always",
  publicOpinion: ["china"],
  personalInfo: "always",
  sensitivePersonalInfo: "always",
  largeScalePersonalInfo: ["china"],
  usPhi: ["us"],
  euGpaiProvider: ["eu"],
  euHighRisk: ["eu"],
  euAnnexIProduct: ["eu"],
};

export function ObligationsStep({ projectId, data, today, canEdit }: { projectId: string; data: StepData; today: string; canEdit: boolean }) {
  const t = useTranslations("compliance.obligations");
  const { version: storedVersion, ...stored } = data.profile ?? { ...profileDefaults(data.signals), version: 0 };
  const autosave = useAutosave<ProfileForm>({
    key: `compliance-profile:${projectId}`,
    initial: stored,
    version: storedVersion,
    disabled: !canEdit,
    save: (values, version) => saveComplianceProfileAction({ projectId, version, ...values }),
    // Step completion and the other sections read the stored profile.
  });
  const calendar = obligationCalendar(obligationsFor(autosave.values), data.records, today);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ProfileCard autosave={autosave} unsaved={data.profile === null} disabled={!canEdit} />
      <section className="space-y-3" aria-labelledby="obligations-calendar" data-testid="obligations-calendar">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="obligations-calendar" className="text-base font-semibold">
            {t("calendarTitle")}
          </h3>
          <span className="text-xs text-slate-600" data-testid="obligations-count">
            {t("count", { count: calendar.length })}
          </span>
        </div>
        {calendar.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
        <ol className="space-y-3">
          {calendar.map((entry) => (
            <li key={entry.def.key}>
              <ObligationRow projectId={projectId} entry={entry} canEdit={canEdit} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function ProfileCard({ autosave, unsaved, disabled }: { autosave: Autosave<ProfileForm>; unsaved: boolean; disabled: boolean }) {
  const t = useTranslations("compliance");
  const tq = useTranslations("compliance.obligations");
  const v = autosave.values;
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value));
  const asked = (Object.keys(ASKED) as ProfileQuestion[]).filter((q) => ASKED[q] === "always" || (ASKED[q] as LawMarket[]).some((m) => v.markets.includes(m)));
  const labels = {
    markets: tq("questions.markets.label"),
    domains: tq("questions.domains.label"),
    ...Object.fromEntries(asked.map((q) => [q, tq(`questions.${q}.label`)])),
  };
  return (
    <Card className="space-y-3" data-testid="obligations-profile">
      <h3 className="font-medium">{tq("profileTitle")}</h3>
      {unsaved ? <p className="text-xs text-slate-600">{tq("profileDefaults")}</p> : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{labels.markets}</legend>
        <div className="flex flex-wrap gap-4">
          {LAW_MARKETS.map((market) => (
            <label key={market} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={v.markets.includes(market)} disabled={disabled} onChange={(e) => autosave.set({ markets: LAW_MARKETS.filter((m) => toggle(v.markets, market, e.target.checked).includes(m)) })} />
              {t(`markets.${market}`)}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">{tq("questions.markets.hint")}</p>
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{labels.domains}</legend>
        <div className="flex flex-wrap gap-4">
          {DOMAINS.map((domain) => (
            <label key={domain} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={v.domains.includes(domain)} disabled={disabled} onChange={(e) => autosave.set({ domains: DOMAINS.filter((d) => toggle<Domain>(v.domains, domain, e.target.checked).includes(d)) })} />
              {tq(`domains.${domain}`)}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">{tq("questions.domains.hint")}</p>
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        {asked.map((question) => (
          <SelectField
            key={question}
            autosave={autosave}
            field={question}
            idPrefix="obligations-profile"
            label={tq(`questions.${question}.label`)}
            hint={tq(`questions.${question}.hint`)}
            disabled={disabled}
            options={ANSWERS.map((a: Answer) => ({ value: a, label: tq(`answers.${a}`) }))}
          />
        ))}
      </div>
      <SaveStatus autosave={autosave} labels={labels} />
    </Card>
  );
}

type RecordForm = { status: string; owner: string; dueDate: string; evidence: string };

function ObligationRow({ projectId, entry, canEdit }: { projectId: string; entry: CalendarEntry; canEdit: boolean }) {
  const t = useTranslations("compliance.obligations");
  const tc = useTranslations("compliance");
  const { def, record } = entry;
  const autosave = useAutosave<RecordForm>({
    key: `compliance-obligation:${projectId}:${def.key}`,
    initial: { status: record.status, owner: record.owner, dueDate: record.dueDate ?? "", evidence: record.evidence },
    version: record.version,
    disabled: !canEdit,
    save: (values, version) => saveObligationAction({ projectId, obligationKey: def.key, version, ...values }),
  });
  const item = (part: string) => t(`items.${def.key}.${part}`);
  const prefix = `obligation-${def.key}`;
  const labels = { status: t("fields.status"), owner: t("fields.owner"), dueDate: t("fields.dueDate"), evidence: t("fields.evidence") };
  const dateLine =
    def.dateStatus === "amended"
      ? `${t("appliesFrom", { date: def.appliesFrom ?? "" })} · ${t("amended", { previous: def.previousDate ?? "" })}`
      : def.dateStatus === "checkCurrentStatus"
        ? `${t("appliesFrom", { date: def.appliesFrom ?? "" })} · ${t("checkCurrentStatus")}`
        : def.appliesFrom
          ? t("inForceSince", { date: def.appliesFrom })
          : t("inForce");
  return (
    <Card role="group" aria-label={item("title")} className="space-y-3" data-testid="obligation" data-key={def.key} data-certainty={entry.certainty}>
      <div className="space-y-1">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h4 className="font-medium">{item("title")}</h4>
          <div className="flex flex-wrap gap-2">
            <Badge tone="neutral">{tc(`markets.${def.market}`)}</Badge>
            {entry.overdue ? <Badge tone="bad">{t("overdue")}</Badge> : null}
            {entry.certainty === "mayApply" ? (
              <Badge tone="warn" data-testid="obligation-confirm">
                {t("confirm")}
              </Badge>
            ) : null}
          </div>
        </div>
        <p className={def.dateStatus === "amended" || def.dateStatus === "checkCurrentStatus" ? "text-xs font-medium text-amber-800" : "text-xs text-slate-600"} data-testid="obligation-date">
          {dateLine}
        </p>
        <p className="text-sm text-slate-700">{item("what")}</p>
      </div>
      <dl className="grid gap-2 text-sm md:grid-cols-3">
        <div>
          <dt className="text-xs font-medium text-slate-500">{t("trigger")}</dt>
          <dd>{item("trigger")}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-500">{t("when")}</dt>
          <dd>{item("due")}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-500">{t("evidenceIdeas")}</dt>
          <dd>{item("evidence")}</dd>
        </div>
      </dl>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField autosave={autosave} field="status" idPrefix={prefix} context={item("title")} label={labels.status} disabled={!canEdit} options={OBLIGATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
        <TextField autosave={autosave} field="owner" idPrefix={prefix} context={item("title")} label={labels.owner} list={OWNER_SUGGESTIONS_ID} disabled={!canEdit} />
        <DateField autosave={autosave} field="dueDate" idPrefix={prefix} context={item("title")} label={labels.dueDate} disabled={!canEdit} />
      </div>
      <TextAreaField autosave={autosave} field="evidence" idPrefix={prefix} context={item("title")} label={labels.evidence} rows={2} disabled={!canEdit} />
      <div className="space-y-1 rounded-md bg-slate-50 p-2 text-xs text-slate-600">
        <p>
          <span className="font-medium">{t("verified")}:</span> {item("verified")}
        </p>
        <p className="flex flex-wrap gap-x-3">
          <span className="font-medium">{t("source")}:</span>
          {def.sources.map((url) => (
            <a key={url} className="text-brand-700 underline" href={url} target="_blank" rel="noreferrer noopener">
              {new URL(url).hostname}
            </a>
          ))}
        </p>
        <p className="font-medium text-amber-900" data-testid="obligation-disclaimer">
          {t("notLegalAdvice")}
        </p>
      </div>
      <SaveStatus autosave={autosave} labels={labels} />
    </Card>
  );
}
