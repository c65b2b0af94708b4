import { getTranslations } from "next-intl/server";
import { ActivityList } from "@/components/collaboration/activity-list";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { listActivity } from "@/lib/activity/data";
import { activityFilterSchema, PROJECT_AREAS } from "@/lib/activity/schema";
import { loadProjectAccess } from "@/lib/authz/gate";
import { listTeamMembers } from "@/lib/members/data";

type Search = { person?: string; section?: string; before?: string };

export default async function ActivityPage({ params, searchParams }: { params: Promise<{ projectId: string }>; searchParams: Promise<Search> }) {
  const [{ projectId }, search] = await Promise.all([params, searchParams]);
  const access = await loadProjectAccess(projectId);
  const filter = activityFilterSchema.parse(search);
  const [t, tSections, page, members] = await Promise.all([
    getTranslations("collaboration.activity"),
    getTranslations("sections"),
    listActivity(access.projectId, filter),
    listTeamMembers(access.teamId),
  ]);
  const query = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...(filter.person ? { person: filter.person } : {}), ...(filter.section ? { section: filter.section } : {}), ...extra })}`;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {/* A plain GET form: filters live in the URL, so a filtered view can be shared and reloaded. */}
      <form className="flex flex-wrap items-end gap-3" method="get" data-testid="activity-filters">
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{t("person")}</span>
          <Select name="person" defaultValue={filter.person ?? ""} className="w-48">
            <option value="">{t("everyone")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </Select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{t("section")}</span>
          <Select name="section" defaultValue={filter.section ?? ""} className="w-48">
            <option value="">{t("allSections")}</option>
            {PROJECT_AREAS.map((area) => (
              <option key={area} value={area}>
                {tSections(area)}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
      </form>
      <ActivityList page={page} olderHref={page.olderCursor ? query({ before: page.olderCursor }) : null} />
    </div>
  );
}
