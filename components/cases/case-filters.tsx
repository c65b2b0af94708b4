import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { CaseFilter } from "@/lib/cases/model";
import { FILTER_DIMENSIONS, FILTER_OPTIONS, type FilterDimension } from "@/lib/cases/tags";

const LABEL_GROUP: Record<FilterDimension, string> = { sector: "sector", pattern: "pattern", revenue: "revenue", stage: "stage", outcome: "outcome", cause: "cause" };

/** Search and tag filters as a plain GET form: works without JavaScript and keeps the URL shareable. */
export async function CaseFilters({ projectId, filter }: { projectId: string; filter: CaseFilter }) {
  const t = await getTranslations("cases");
  return (
    <form method="get" role="search" aria-label={t("search.legend")} className="space-y-3 rounded-lg border bg-white p-4" data-testid="case-filters">
      <div className="space-y-1">
        <label htmlFor="case-q" className="block text-sm font-medium text-slate-800">
          {t("search.label")}
        </label>
        <Input id="case-q" name="q" type="search" defaultValue={filter.q} maxLength={100} placeholder={t("search.placeholder")} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {FILTER_DIMENSIONS.map((dimension) => (
          <div key={dimension} className="space-y-1">
            <label htmlFor={`case-filter-${dimension}`} className="block text-sm font-medium text-slate-800">
              {t(`filters.${dimension}`)}
            </label>
            <Select id={`case-filter-${dimension}`} name={dimension} defaultValue={filter[dimension] ?? ""}>
              <option value="">{t("search.any")}</option>
              {FILTER_OPTIONS[dimension].map((value) => (
                <option key={value} value={value}>
                  {t(`tags.${LABEL_GROUP[dimension]}.${value}`)}
                </option>
              ))}
            </Select>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonVariants({ size: "sm" })}>
          {t("search.submit")}
        </button>
        <Link href={`/projects/${projectId}/cases`} className={buttonVariants({ variant: "link", size: "sm" })}>
          {t("search.clear")}
        </Link>
      </div>
    </form>
  );
}
