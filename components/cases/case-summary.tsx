import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CaseView, MatchReason } from "@/lib/cases/model";
import { OutcomeBadge } from "./case-tags";

/** One case in a list: title (a link to the card), kind, outcome, source quality and a short context. */
export async function CaseSummary({ projectId, view, reasons }: { projectId: string; view: CaseView; reasons?: MatchReason[] }) {
  const t = await getTranslations("cases");
  const reasonText = (reason: MatchReason) => {
    const dimension = { sector: "sector", revenueModel: "revenue", stage: "stage", riskCategory: "riskCategory" }[reason.kind];
    return t(`similar.reason.${reason.kind}`, { tag: t(`tags.${dimension}.${reason.tag}`) });
  };
  return (
    <article className="rounded-lg border bg-white p-4 shadow-sm" data-testid="case-summary" data-case-id={view.id}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{t(`kinds.${view.kind}`)}</Badge>
        <OutcomeBadge outcome={view.tags.outcome} />
      </div>
      <h3 className="mt-2 font-semibold text-slate-900">
        <Link href={`/projects/${projectId}/cases/${view.id}`} className="hover:underline focus-visible:underline">
          {view.title}
        </Link>
      </h3>
      {view.context ? <p className="mt-1 line-clamp-3 text-sm text-slate-600">{view.context}</p> : null}
      <p className="mt-2 text-xs text-slate-500" data-testid="case-source-quality">
        {t(`sourceQuality.${view.sourceQuality}`)}
      </p>
      {reasons && reasons.length > 0 ? (
        <div className="mt-2">
          <p className="text-xs font-medium text-slate-700">{t("similar.reasons")}</p>
          <ul className="mt-1 flex flex-wrap gap-1" data-testid="match-reasons">
            {reasons.map((reason) => (
              <li key={`${reason.kind}:${reason.tag}`}>
                <Badge tone="good">{reasonText(reason)}</Badge>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
