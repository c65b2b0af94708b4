import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { PlanDiffView } from "@/components/history/plan-diff";
import { loadProjectAccess } from "@/lib/authz/gate";
import { lookupIn, snapshotTitle } from "@/lib/plan-document/format";
import { diffPlans } from "@/lib/plan-document/model";
import { loadPlanVersion, type PlanVersion } from "@/lib/snapshots/data";
import { CURRENT, versionRefSchema } from "@/lib/snapshots/schema";

export default async function ComparePage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const [{ projectId }, query] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const [from, to] = [versionRefSchema.safeParse(query.from ?? ""), versionRefSchema.safeParse(query.to ?? CURRENT)];
  if (!from.success || !to.success) notFound();
  const [t, messages, locale, older, newer] = await Promise.all([
    getTranslations("history"),
    getMessages(),
    getLocale(),
    loadPlanVersion(access.projectId, from.data),
    loadPlanVersion(access.projectId, to.data),
  ]);
  if (!older || !newer) notFound();
  const lookup = lookupIn(messages as never);
  const title = (v: PlanVersion) => (v.kind ? snapshotTitle({ kind: v.kind, name: v.name ?? "" }, lookup) : t("current"));

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href={`/projects/${access.projectId}/history`} className="text-sm text-brand-700 underline">
          {t("compare.back")}
        </Link>
        <h1 className="break-words text-2xl font-semibold" data-testid="compare-heading">
          {t("compare.heading", { from: title(older), to: title(newer) })}
        </h1>
      </div>
      {older.document && newer.document ? (
        <PlanDiffView diff={diffPlans(older.document, newer.document)} t={lookup} locale={locale} />
      ) : (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {t("compare.unreadable")}
        </p>
      )}
    </div>
  );
}
