import { getLocale, getTranslations } from "next-intl/server";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseSummary } from "@/components/cases/case-summary";
import { NewOwnCaseForm } from "@/components/cases/new-own-case-form";
import { SimilarCases } from "@/components/cases/similar-cases";
import { ClientMessages } from "@/components/layout/client-messages";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { loadCaseSearch } from "@/lib/cases/data";
import { parseCaseFilter } from "@/lib/cases/model";
import type { Locale } from "@/lib/i18n/config";

export default async function CasesPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [filter, locale, t] = await Promise.all([searchParams.then(parseCaseFilter), getLocale(), getTranslations("cases")]);
  const { own, library, similar, profile, archived } = await loadCaseSearch(access.projectId, filter, locale as Locale);
  const canEdit = can(access.role, "plan.edit") && !archived;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-600">{t("honesty")}</p>
      </header>

      <SimilarCases projectId={access.projectId} similar={similar} profile={profile} />

      <section aria-labelledby="search-title" className="space-y-4">
        <h2 id="search-title" className="text-lg font-semibold">
          {t("search.legend")}
        </h2>
        <CaseFilters projectId={access.projectId} filter={filter} />
        <p role="status" className="text-sm text-slate-600" data-testid="case-result-count">
          {t("search.results", { count: own.length + library.length })}
        </p>

        <section aria-labelledby="own-title" className="space-y-3">
          <h3 id="own-title" className="font-semibold">
            {t("list.own")}
          </h3>
          {own.length === 0 ? (
            <p className="text-sm text-slate-600">{t("list.noOwn")}</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2" data-testid="own-case-results">
              {own.map((view) => (
                <li key={view.id}>
                  <CaseSummary projectId={access.projectId} view={view} />
                </li>
              ))}
            </ul>
          )}
          <ClientMessages namespaces={["cases"]}>
            <NewOwnCaseForm projectId={access.projectId} disabled={!canEdit} />
          </ClientMessages>
        </section>

        <section aria-labelledby="library-title" className="space-y-3">
          <h3 id="library-title" className="font-semibold">
            {t("list.library")}
          </h3>
          {library.length === 0 ? (
            <p className="text-sm text-slate-600">{t("list.noLibrary")}</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2" data-testid="library-results">
              {library.map((view) => (
                <li key={view.id}>
                  <CaseSummary projectId={access.projectId} view={view} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </section>

    </div>
  );
}
