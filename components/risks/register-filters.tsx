"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { RiskOwner } from "@/lib/risks/data";
import { RISK_BANDS, RISK_CATEGORIES } from "@/lib/risks/model";
import { NO_OWNER, REGISTER_SORTS, STATUS_FILTERS, type RegisterQuery } from "@/lib/risks/register-query";
import { useRegisterUrl } from "./use-register-url";

/** Filters by category, status, owner, band and overdue review, plus sorting; all kept in the URL. */
export function RegisterFilters({ query, members, filtered }: { query: RegisterQuery; members: RiskOwner[]; filtered: boolean }) {
  const t = useTranslations("risks");
  const update = useRegisterUrl();
  const statusLabel = (s: (typeof STATUS_FILTERS)[number]) =>
    s === "active" ? t("filters.statusActive") : s === "all" ? t("filters.statusAll") : t(`statuses.${s}`);

  return (
    <section aria-labelledby="risk-filters-title" className="space-y-3">
      <h3 id="risk-filters-title" className="font-semibold">
        {t("filters.title")}
      </h3>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-3">
        <FilterSelect id="risk-filter-category" label={t("filters.category")} value={query.category ?? ""} onChange={(v) => update({ category: v })}>
          <option value="">{t("filters.any")}</option>
          {RISK_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="risk-filter-status" label={t("filters.status")} value={query.status} onChange={(v) => update({ status: v === "active" ? null : v })}>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="risk-filter-owner" label={t("filters.owner")} value={query.owner ?? ""} onChange={(v) => update({ owner: v })}>
          <option value="">{t("filters.any")}</option>
          <option value={NO_OWNER}>{t("filters.noOwner")}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="risk-filter-band" label={t("filters.band")} value={query.band ?? ""} onChange={(v) => update({ band: v })}>
          <option value="">{t("filters.any")}</option>
          {RISK_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`bands.${b}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="risk-sort" label={t("filters.sort")} value={query.sort} onChange={(v) => update({ sort: v === "score" ? null : v })}>
          {REGISTER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <div className="flex items-end gap-2 pb-2">
          <input
            id="risk-filter-overdue"
            type="checkbox"
            className="h-4 w-4 accent-brand-600"
            checked={query.overdue}
            onChange={(e) => update({ overdue: e.target.checked ? "1" : null })}
          />
          <label htmlFor="risk-filter-overdue" className="text-sm">
            {t("filters.overdue")}
          </label>
        </div>
      </div>
      {query.cell ? <p className="text-sm text-slate-700" data-testid="cell-filter">{t("filters.cellActive", query.cell)}</p> : null}
      {filtered ? (
        <Button variant="secondary" size="sm" onClick={() => update({ category: null, status: null, owner: null, band: null, cell: null, overdue: null })}>
          {t("filters.clear")}
        </Button>
      ) : null}
    </section>
  );
}

function FilterSelect({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const t = useTranslations("risks");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {/* "Category" is also a field of the add form: the filter is heard as a filter. */}
        <span className="sr-only"> ({t("filters.title")})</span>
      </label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </Select>
    </div>
  );
}
