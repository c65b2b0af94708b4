import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { collectionLabel, fieldLabel, formatValue, itemLabel, sectionLabel, type Lookup } from "@/lib/plan-document/format";
import type { FieldChange, ItemChange, PlanDiff } from "@/lib/plan-document/model";
import type { SectionId } from "@/lib/plan-document/views";

const TONE = { added: "good", removed: "bad", changed: "info" } as const;

type Context = { section: SectionId; collection: string; t: Lookup; locale: string };

function Value({ change, side, context }: { change: FieldChange; side: "before" | "after"; context: Context }) {
  const words = formatValue(context.section, context.collection, change.field, change[side], context.t, context.locale);
  return <span className="whitespace-pre-wrap break-words">{words}</span>;
}

/** Section by section: each added, removed or changed item, and each changed field before → after. */
export async function PlanDiffView({ diff, t, locale }: { diff: PlanDiff; t: Lookup; locale: string }) {
  const tHistory = await getTranslations("history.compare");
  if (diff.sections.length === 0) {
    return (
      <p className="rounded-md border bg-white p-4 text-sm text-slate-700" data-testid="diff-empty">
        {tHistory("none")}
      </p>
    );
  }
  return (
    <div className="space-y-6" data-testid="plan-diff">
      <p className="text-sm text-slate-700" data-testid="diff-totals">
        {tHistory("totals", diff.totals)}
      </p>
      {diff.sections.map(({ section, collections }) => (
        <section key={section} className="space-y-4 rounded-lg border bg-white p-4 shadow-sm" data-testid="diff-section" data-section={section}>
          <h2 className="text-lg font-semibold">{sectionLabel(section, t)}</h2>
          {collections.map(({ collection, single, changes }) => {
            const context = { section, collection, t, locale };
            const name = collectionLabel(section, collection, t);
            return (
              <div key={collection} className="space-y-2">
                {single ? null : <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{name}</h3>}
                <ul className="space-y-3">
                  {changes.map((change, i) => (
                    <Change key={i} change={change} title={single ? name : itemLabel(change.label, t) || name} context={context} labels={tHistory} />
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}

function Change({ change, title, context, labels }: { change: ItemChange; title: string; context: Context; labels: Awaited<ReturnType<typeof getTranslations<"history.compare">>> }) {
  const rows = (
    <table className="w-full table-fixed text-left text-sm">
      <thead className="sr-only sm:not-sr-only">
        <tr className="text-xs text-slate-500">
          <th scope="col" className="w-1/4 py-1 pr-2 font-medium">{labels("field")}</th>
          {change.type !== "added" ? <th scope="col" className="py-1 pr-2 font-medium">{labels("before")}</th> : null}
          {change.type !== "removed" ? <th scope="col" className="py-1 font-medium">{labels("after")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {change.fields.map((field) => (
          <tr key={field.field} className="border-t align-top" data-testid="diff-field" data-field={field.field}>
            <th scope="row" className="py-1 pr-2 font-medium text-slate-700">{fieldLabel(field.field, context.t)}</th>
            {change.type !== "added" ? (
              <td className="py-1 pr-2 text-slate-600" data-testid="diff-before">
                <Value change={field} side="before" context={context} />
              </td>
            ) : null}
            {change.type !== "removed" ? (
              <td className="py-1 text-slate-900" data-testid="diff-after">
                <Value change={field} side="after" context={context} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <li className="rounded-md border border-slate-200 p-3" data-testid="diff-change" data-type={change.type}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={TONE[change.type]}>{labels(change.type)}</Badge>
        <span className="font-medium" data-testid="diff-item">{title}</span>
        {change.previousLabel ? <span className="text-xs text-slate-500">({labels("renamedFrom", { name: itemLabel(change.previousLabel, context.t) })})</span> : null}
      </p>
      {change.fields.length === 0 ? null : change.type === "changed" ? (
        <div className="mt-2 overflow-x-auto">{rows}</div>
      ) : (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs text-brand-700">{labels("details")}</summary>
          <div className="mt-2 overflow-x-auto">{rows}</div>
        </details>
      )}
    </li>
  );
}
