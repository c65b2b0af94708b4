import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityPage } from "@/lib/activity/data";
import { collapseRuns, type ChangeValue } from "@/lib/activity/model";
import { fieldWords } from "@/lib/i18n/field-words";
import { Avatar } from "./avatar";

/** The activity log, newest first; consecutive autosaves of the same thing read as one line. */
export async function ActivityList({ page, olderHref }: { page: ActivityPage; olderHref: string | null }) {
  const [t, tSections, tVerbs, tFields, tItems, format, tRisks, tMilestones, tFunding, tPlanFields] = await Promise.all([
    getTranslations("collaboration.activity"),
    getTranslations("sections"),
    getTranslations("collaboration.activity.verbs"),
    getTranslations("collaboration.activity.fields"),
    getTranslations("collaboration.comments.itemTypes"),
    getFormatter(),
    getTranslations("risks.fields"),
    getTranslations("milestones.fields"),
    getTranslations("funding.fields"),
    getTranslations("history.fields"),
  ]);
  // A field's label: the activity log's own, the section's form label, the plan-wide label, or words.
  const sectionFields: Record<string, typeof tRisks> = { risks: tRisks, milestones: tMilestones, funding: tFunding };
  const fieldLabel = (section: string, field: string) => {
    for (const tr of [tFields, sectionFields[section], tPlanFields]) if (tr?.has(field)) return tr(field as "title");
    return fieldWords(field);
  };
  const value = (v: ChangeValue) => (v === null || v === "" ? t("emptyValue") : typeof v === "boolean" ? t(v ? "yes" : "no") : typeof v === "number" ? format.number(v) : v);
  const names = new Map(page.entries.map((e) => [e.actorId, e.actor?.name]));
  const lines = collapseRuns(page.entries);
  if (lines.length === 0) return <p className="text-sm text-slate-500" data-testid="activity-empty">{t("empty")}</p>;

  return (
    <div className="space-y-4">
      <ol className="divide-y rounded-lg border bg-white" data-testid="activity-list">
        {lines.map((line) => {
          const actor = (line.actorId && names.get(line.actorId)) || t("formerMember");
          const fields = line.fields.map((f) => fieldLabel(line.section, f));
          return (
            <li key={line.id} className="flex gap-3 p-3 text-sm" data-testid="activity-line">
              <Avatar id={line.actorId ?? "gone"} name={actor} size="sm" className="mt-0.5" />
              <div className="min-w-0 flex-1">
                <p>
                  <span className="font-medium">{actor}</span> {tVerbs.has(line.verb) ? tVerbs(line.verb as "updated") : line.verb}{" "}
                  <span className="font-medium">{tSections.has(line.section) ? tSections(line.section as "overview") : line.section}</span>
                  {line.itemType ? <span className="text-slate-600"> · {tItems.has(line.itemType) ? tItems(line.itemType as "risk") : line.itemType}</span> : null}
                  {line.itemLabel ? <span className="text-slate-600"> “{line.itemLabel}”</span> : null}
                </p>
                {line.changes.length ? (
                  <ul className="mt-1 space-y-0.5 text-xs text-slate-600" aria-label={t("changes")} data-testid="activity-changes">
                    {line.changes.map((c) => (
                      <li key={c.field} className="break-words" data-testid="activity-change" data-field={c.field}>
                        <span className="font-medium">{fieldLabel(line.section, c.field)}</span>
                        {/* Ids (e.g. an owner's member id) mean nothing to a reader: the field name is enough. */}
                        {c.field.endsWith("Id") ? null : (
                          <>
                            {": "}
                            <del className="text-slate-500">{value(c.from)}</del>
                            {c.fromCut ? <Shortened title={t("shortened")} /> : null}
                            {" → "}
                            <ins className="no-underline text-slate-800">{value(c.to)}</ins>
                            {c.toCut ? <Shortened title={t("shortened")} /> : null}
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : fields.length ? (
                  <p className="text-xs text-slate-600">{t("changedFields", { fields: fields.join(", ") })}</p>
                ) : null}
                <p className="text-xs text-slate-500">
                  <time dateTime={line.createdAt.toISOString()}>{format.dateTime(line.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  {line.count > 1 ? ` · ${t("times", { count: line.count })}` : null}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      {olderHref ? (
        <Link href={olderHref} className="text-sm text-brand-700 underline">
          {t("older")}
        </Link>
      ) : null}
    </div>
  );
}

/** Marks a value the activity log keeps shortened (the section keeps the full text). */
function Shortened({ title }: { title: string }) {
  return (
    <abbr title={title} className="cursor-help no-underline" data-testid="activity-shortened">
      …<span className="sr-only"> ({title})</span>
    </abbr>
  );
}
