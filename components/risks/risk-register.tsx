import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { RiskRegister as RegisterData } from "@/lib/risks/data";
import { isFiltered, registerSearch, type RegisterQuery } from "@/lib/risks/register-query";
import { HeatMap } from "./heat-map";
import { RegisterFilters } from "./register-filters";
import { RiskRow } from "./risk-row";

type Props = { register: RegisterData; query: RegisterQuery; step: string; projectId: string; canEdit: boolean; today: string; openRiskId: string | null };

/** Heat map, filters, one page of risks and the pager. */
export async function RiskRegister({ register, query, step, projectId, canEdit, today, openRiskId }: Props) {
  const t = await getTranslations("risks");
  const filtered = isFiltered(query);
  const pageHref = (page: number) => `/projects/${projectId}/risks${registerSearch({ ...query, page }, { step })}`;
  return (
    <div className="space-y-4" data-testid="risk-register">
      <Card className="flex flex-wrap gap-6">
        {/* May shrink on a phone: the map's cells have a minimum width that fits 320px. */}
        <div className="min-w-0 max-w-full">
          <HeatMap counts={register.heatMap} selected={query.cell} />
        </div>
        <div className="min-w-0 flex-1 basis-64">
          <RegisterFilters query={query} members={register.members} filtered={filtered} />
        </div>
      </Card>
      <section aria-labelledby="risk-list-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h3 id="risk-list-title" className="font-semibold">
            {t("list.title")}
          </h3>
          <p className="text-sm text-slate-600" data-testid="risk-count" data-count={register.total}>
            {t("list.count", { count: register.total })}
          </p>
        </div>
        {register.rows.length === 0 ? (
          <p className="rounded-md border border-dashed p-4 text-sm text-slate-600">{filtered || register.facts.total > 0 ? t("list.emptyFiltered") : t("list.empty")}</p>
        ) : (
          <ul className="space-y-3" data-testid="risk-list">
            {register.rows.map((risk) => (
              <RiskRow key={risk.id} risk={risk} projectId={projectId} members={register.members} canEdit={canEdit} today={today} initiallyOpen={risk.id === openRiskId} />
            ))}
          </ul>
        )}
        {register.pageCount > 1 ? (
          <nav aria-label={t("list.pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm" data-testid="risk-pager">
            {register.page > 1 ? (
              <Link className="rounded-md border bg-white px-3 py-1.5 hover:bg-slate-100" href={pageHref(register.page - 1)} scroll={false}>
                ← {t("list.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span aria-current="page">{t("list.page", { page: register.page, pages: register.pageCount })}</span>
            {register.page < register.pageCount ? (
              <Link className="rounded-md border bg-white px-3 py-1.5 hover:bg-slate-100" href={pageHref(register.page + 1)} scroll={false}>
                {t("list.next")} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
