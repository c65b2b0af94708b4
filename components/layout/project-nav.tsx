import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SECTIONS } from "@/lib/projects/sections";
import { NavLink } from "./nav-link";

export async function ProjectNav({ projectId, projectName, teamId, teamName }: { projectId: string; projectName: string; teamId: string; teamName: string }) {
  const t = await getTranslations("sections");
  const base = `/projects/${projectId}`;
  return (
    <nav aria-label={t("navLabel")} className="no-print min-w-0 lg:sticky lg:top-4 lg:self-start">
      <Link href={`/projects?team=${teamId}`} className="text-xs text-slate-500 hover:underline">
        {teamName}
      </Link>
      <p className="mb-3 truncate font-semibold" data-testid="project-title">{projectName}</p>
      <ul className="flex gap-1 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible">
        <li>
          <NavLink href={base} exact>{t("overview")}</NavLink>
        </li>
        {SECTIONS.map((slug) => (
          <li key={slug}>
            <NavLink href={`${base}/${slug}`}>{t(slug)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
