import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CaseTags } from "@/lib/cases/tags";

const OUTCOME_TONE = { success: "good", failure: "bad", unknown: "neutral" } as const;

/** The outcome badge: every card shows whether it is a success, a failure or unknown. */
export async function OutcomeBadge({ outcome }: { outcome: CaseTags["outcome"] }) {
  const t = await getTranslations("cases");
  return (
    <Badge tone={OUTCOME_TONE[outcome]} data-testid="case-outcome">
      {t(`tags.outcome.${outcome}`)}
    </Badge>
  );
}

/** All of a card's tags, grouped by dimension, as a definition list. */
export async function CaseTagList({ tags }: { tags: CaseTags }) {
  const t = await getTranslations("cases");
  const groups = [
    { label: t("filters.sector"), values: tags.sectors.map((v) => t(`tags.sector.${v}`)) },
    { label: t("filters.pattern"), values: tags.aiPatterns.map((v) => t(`tags.pattern.${v}`)) },
    { label: t("filters.revenue"), values: tags.revenueModels.map((v) => t(`tags.revenue.${v}`)) },
    { label: t("filters.stage"), values: tags.stages.map((v) => t(`tags.stage.${v}`)) },
    { label: t("filters.outcome"), values: [t(`tags.outcome.${tags.outcome}`)] },
    { label: t("filters.cause"), values: tags.failureCauses.map((v) => t(`tags.cause.${v}`)) },
  ].filter((group) => group.values.length > 0);
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[9rem_1fr]">
      {groups.map((group) => (
        <div key={group.label} className="contents">
          <dt className="font-medium text-slate-600">{group.label}</dt>
          <dd className="flex flex-wrap gap-1">
            {group.values.map((value) => (
              <Badge key={value}>{value}</Badge>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
