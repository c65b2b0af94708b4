import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppliedLessons } from "@/components/cases/applied-lessons";
import { ApplyLessonForm } from "@/components/cases/apply-lesson-form";
import { CaseDetail } from "@/components/cases/case-detail";
import { OutcomeBadge } from "@/components/cases/case-tags";
import { DeleteOwnCase } from "@/components/cases/delete-own-case";
import { OwnCaseEditor } from "@/components/cases/own-case-editor";
import { ClientMessages } from "@/components/layout/client-messages";
import { Badge } from "@/components/ui/badge";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { findCase, listAppliedLessons } from "@/lib/cases/data";
import { ownCaseFormValues } from "@/lib/cases/model";
import type { Locale } from "@/lib/i18n/config";
import { getProject } from "@/lib/projects/data";
import { listRiskOwners } from "@/lib/risks/data";

export default async function CasePage({ params }: { params: Promise<{ projectId: string; caseId: string }> }) {
  const { projectId, caseId } = await params;
  const access = await loadProjectAccess(projectId);
  const [locale, t, project] = await Promise.all([getLocale(), getTranslations("cases"), getProject(access.projectId)]);
  const found = await findCase(access.projectId, caseId, locale as Locale);
  if (!found) notFound();
  const { view, own } = found;
  const [applied, owners] = await Promise.all([listAppliedLessons(access.projectId, view.id), listRiskOwners(access.projectId)]);
  const canEdit = can(access.role, "plan.edit") && project.archivedAt === null;
  const editing = own !== null && canEdit;

  return (
    <div className="space-y-6">
      <Link href={`/projects/${access.projectId}/cases`} className="text-sm text-brand-700 underline">
        ← {t("card.back")}
      </Link>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="info">{view.origin === "library" ? t("card.libraryCard") : t("card.ownCard")}</Badge>
          <Badge>{t(`kinds.${view.kind}`)}</Badge>
          <OutcomeBadge outcome={view.tags.outcome} />
        </div>
        <h1 className="text-2xl font-semibold" data-testid="case-title">
          {view.title}
        </h1>
        <p className="text-sm text-slate-600">{t(`sourceQuality.${view.sourceQuality}`)}</p>
      </header>

      <ClientMessages namespaces={["cases", "readiness"]}>
        {editing && own ? (
          <div className="space-y-3">
            <OwnCaseEditor
              projectId={access.projectId}
              caseId={own.id}
              version={own.version}
              initial={ownCaseFormValues(own)}
            />
            <DeleteOwnCase projectId={access.projectId} caseId={own.id} />
          </div>
        ) : (
          <CaseDetail view={view} />
        )}
        <ApplyLessonForm projectId={access.projectId} caseId={view.id} risks={view.risks} lessons={view.lessons} owners={owners} disabled={!canEdit} />
      </ClientMessages>

      <AppliedLessons projectId={access.projectId} applied={applied} />
    </div>
  );
}
