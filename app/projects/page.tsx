import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { CreateProjectForm, CreateTeamForm } from "@/components/projects/create-forms";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { loadTeamAccess, loadUser } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { listSharedProjects, listTeamProjects } from "@/lib/projects/data";
import { listUserTeams } from "@/lib/teams/data";

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ team?: string; archived?: string }> }) {
  const user = await loadUser();
  const [{ team: teamParam, archived }, t, memberships, shared] = await Promise.all([searchParams, getTranslations("projects"), listUserTeams(user.id), listSharedProjects(user.id)]);
  const selected = memberships.find((m) => m.team.id === teamParam) ?? memberships[0];
  const access = selected ? await loadTeamAccess(selected.team.id) : null;
  const projects = access ? await listTeamProjects(access.teamId, { includeArchived: archived === "1" }) : [];
  const [tStage, tCollab, tImport] = await Promise.all([getTranslations("stages"), getTranslations("collaboration.nav"), getTranslations("history.import")]);

  return (
    <>
      <SiteHeader />
      <main className="mx-auto grid max-w-7xl grid-cols-1 gap-6 px-4 py-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <aside className="space-y-4">
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t("teams")}</h2>
          <ul className="space-y-1" data-testid="team-list">
            {memberships.map((m) => (
              <li key={m.team.id}>
                <Link
                  href={`/projects?team=${m.team.id}`}
                  aria-current={m.team.id === selected?.team.id ? "page" : undefined}
                  className="flex items-center justify-between rounded-md px-3 py-2 text-sm hover:bg-white aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:shadow-sm"
                >
                  <span className="truncate">{m.team.name}</span>
                  <span className="text-xs text-slate-500">{m.team._count.projects}</span>
                </Link>
              </li>
            ))}
          </ul>
          {shared.length > 0 ? (
            <>
              <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{t("sharedWithYou")}</h2>
              <ul className="space-y-1" data-testid="shared-project-list">
                {shared.map((p) => (
                  <li key={p.id}>
                    <Link href={`/projects/${p.id}`} className="block truncate rounded-md px-3 py-2 text-sm hover:bg-white">
                      {p.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <ClientMessages namespaces={["projects"]}>
            <CreateTeamForm />
          </ClientMessages>
        </aside>

        <section className="space-y-6">
          {selected && access ? (
            <>
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div>
                  <h1 className="text-2xl font-semibold" data-testid="team-name">{selected.team.name}</h1>
                  <p className="text-sm text-slate-500">
                    {t("yourRole", { role: t(`roles.${access.role}`) })} ·{" "}
                    <Link href={`/teams/${selected.team.id}`} className="text-brand-700 underline" data-testid="team-settings-link">
                      {tCollab("teamSettings")}
                    </Link>
                  </p>
                </div>
                <Link className="text-sm text-brand-700 underline" href={`/projects?team=${selected.team.id}${archived === "1" ? "" : "&archived=1"}`}>
                  {archived === "1" ? t("hideArchived") : t("showArchived")}
                </Link>
              </div>
              {can(access.role, "project.create") ? (
                <ClientMessages namespaces={["projects", "stages"]}>
                  <CreateProjectForm teamId={selected.team.id} />
                </ClientMessages>
              ) : null}
              {can(access.role, "plan.import") ? (
                <Link href={`/projects/import?team=${selected.team.id}`} className="inline-block text-sm text-brand-700 underline" data-testid="import-plan-link">
                  {tImport("link")}
                </Link>
              ) : null}
              {projects.length === 0 ? (
                <Card className="text-center text-slate-600">{t("noProjects")}</Card>
              ) : (
                <ul className="grid gap-4 md:grid-cols-2" data-testid="project-list">
                  {projects.map((p) => (
                    <li key={p.id}>
                      <Link href={`/projects/${p.id}`} className="block rounded-lg border bg-white p-5 shadow-sm hover:border-brand-500">
                        <div className="flex items-start justify-between gap-2">
                          <h3 className="font-semibold">{p.name}</h3>
                          <div className="flex gap-1">
                            {p.archivedAt ? <Badge tone="warn">{t("archived")}</Badge> : null}
                            <Badge tone="info">{tStage(p.stage)}</Badge>
                          </div>
                        </div>
                        {p.oneLiner ? <p className="mt-1 line-clamp-2 text-sm text-slate-600">{p.oneLiner}</p> : null}
                        {p.sector ? <p className="mt-2 text-xs text-slate-500">{p.sector}</p> : null}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <Card>{t("noTeams")}</Card>
          )}
        </section>
      </main>
    </>
  );
}
