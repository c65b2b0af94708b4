import { getMessages, getTranslations } from "next-intl/server";
import { CompareForm } from "@/components/history/compare-form";
import { CreateSnapshotForm } from "@/components/history/create-snapshot-form";
import { ExportLinks } from "@/components/history/export-links";
import { SnapshotList } from "@/components/history/snapshot-list";
import { ClientMessages } from "@/components/layout/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { lookupIn, snapshotTitle } from "@/lib/plan-document/format";
import { getProject } from "@/lib/projects/data";
import { listSnapshots } from "@/lib/snapshots/data";

export default async function HistoryPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const [t, messages, project, snapshots] = await Promise.all([getTranslations("history"), getMessages(), getProject(access.projectId), listSnapshots(access.projectId)]);
  const lookup = lookupIn(messages as never);
  const listed = snapshots.map((s) => ({ ...s, title: snapshotTitle(s, lookup) }));
  const canCreate = can(access.role, "snapshot.create");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
        {canCreate ? null : <p className="mt-2 text-sm text-slate-600">{t("readOnly")}</p>}
      </div>
      {canCreate ? (
        <ClientMessages namespaces={["history"]}>
          <CreateSnapshotForm projectId={access.projectId} />
        </ClientMessages>
      ) : null}
      <CompareForm projectId={access.projectId} versions={listed.filter((s) => s.hasDocument).map((s) => ({ id: s.id, title: s.title }))} />
      <SnapshotList
        projectId={access.projectId}
        projectName={project.name}
        snapshots={listed}
        canRestore={can(access.role, "snapshot.restore")}
        canDuplicate={can(access.role, "plan.import")}
      />
      <Card>
        <CardTitle>{t("export.title")}</CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t("export.intro")}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <ExportLinks projectId={access.projectId} />
        </div>
      </Card>
    </div>
  );
}
