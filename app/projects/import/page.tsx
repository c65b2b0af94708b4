import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportPlanForm } from "@/components/history/import-plan-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Card } from "@/components/ui/card";
import { loadUser } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { listUserTeams } from "@/lib/teams/data";

export default async function ImportPlanPage({ searchParams }: { searchParams: Promise<{ team?: string }> }) {
  const user = await loadUser();
  const [{ team }, t, memberships] = await Promise.all([searchParams, getTranslations("history.import"), listUserTeams(user.id)]);
  // Only teams where the user may import; the upload route checks the permission again.
  const teams = memberships.filter((m) => can(m.role, "plan.import")).map((m) => ({ id: m.team.id, name: m.team.name }));
  const initial = teams.find((x) => x.id === team)?.id ?? teams[0]?.id;

  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-2xl space-y-6 px-4 py-8">
        <div className="space-y-1">
          <Link href={`/projects${initial ? `?team=${initial}` : ""}`} className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <Card>
          {initial ? (
            <ClientMessages namespaces={["history"]}>
              <ImportPlanForm teams={teams} initialTeamId={initial} />
            </ClientMessages>
          ) : (
            <p className="text-sm text-slate-700">{t("noTeam")}</p>
          )}
        </Card>
      </main>
    </>
  );
}
