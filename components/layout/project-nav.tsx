import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SECTIONS } from "@/lib/projects/sections";
import { NavLink } from "./nav-link";

export async function ProjectNav({
  projectId,
  projectName,
  teamId,
  teamName,
  openComments = {},
  progress = {},
}: {
  projectId: string;
  projectName: string;
  teamId: string;
  teamName: string;
  /** Unresolved comment threads per area ("overview" or a section slug). */
  openComments?: Record<string, number>;
  /** Share of the readiness points per section in the last recorded score (lib/readiness/nav-progress.ts). */
  progress?: Partial<Record<string, number>>;
}) {
  const [t, tCollab] = await Promise.all([getTranslations("sections"), getTranslations("collaboration.nav")]);
  const count = (area: string) =>
    openComments[area] ? (
      <span className="ml-1.5 rounded-full bg-amber-100 px-1.5 text-xs font-medium text-amber-900" data-testid={`open-comments-${area}`}>
        {openComments[area]}
        <span className="sr-only"> {tCollab("openComments", { count: openComments[area] })}</span>
      </span>
    ) : null;
  const base = `/projects/${projectId}`;
  return (
    <nav aria-label={t("navLabel")} className="no-print min-w-0 lg:sticky lg:top-4 lg:self-start">
      <Link href={`/projects?team=${teamId}`} className="text-xs text-slate-500 hover:underline">
        {teamName}
      </Link>
      <p className="mb-3 truncate font-semibold" data-testid="project-title">{projectName}</p>
      <ul className="flex gap-1 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible">
        <li>
          <NavLink href={base} exact>
            {t("overview")}
            {count("overview")}
          </NavLink>
        </li>
        {SECTIONS.map((slug) => (
          <li key={slug}>
            <NavLink href={`${base}/${slug}`}>
              {t(slug)}
              {progress[slug] !== undefined ? (
                <span className="relative ml-1.5 text-xs tabular-nums text-slate-500" data-testid={`nav-progress-${slug}`} title={t("progressTitle", { pct: progress[slug] })}>
                  {progress[slug]}%<span className="sr-only"> {t("progressTitle", { pct: progress[slug] })}</span>
                </span>
              ) : null}
              {count(slug)}
            </NavLink>
          </li>
        ))}
        <li className="lg:mt-3 lg:border-t lg:pt-3">
          <NavLink href={`${base}/activity`}>{tCollab("activity")}</NavLink>
        </li>
        <li>
          <NavLink href={`${base}/settings`}>{t("settings")}</NavLink>
        </li>
        <li>
          <NavLink href={`/teams/${teamId}`}>{tCollab("teamSettings")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
