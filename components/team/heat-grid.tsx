import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { COMPETENCY_AREAS, type SkillLevels } from "@/lib/team/catalogue";

const LEVEL_STYLE = ["bg-slate-50 text-slate-500", "bg-amber-100 text-amber-900", "bg-emerald-200 text-emerald-950", "bg-emerald-600 text-white"];

/** Members × competency areas as a table: coloured cells that also carry the level as text. */
export async function HeatGrid({ members, team }: { members: { id: string; name: string; skills: SkillLevels }[]; team: SkillLevels }) {
  const t = await getTranslations("team");
  return (
    // Focusable so keyboard users can scroll the table sideways on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("coverageStep.heatTitle")}>
      <table data-testid="heat-grid" className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="pb-2 text-left text-xs text-slate-600">{t("coverageStep.heatCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="border bg-slate-50 px-2 py-1 text-left">
              {t("coverageStep.member")}
            </th>
            {COMPETENCY_AREAS.map((area) => (
              <th key={area} scope="col" className="border bg-slate-50 px-2 py-1 text-xs font-medium">
                {t(`areas.${area}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">
                {m.name}
              </th>
              {COMPETENCY_AREAS.map((area) => (
                <LevelCell key={area} area={area} level={m.skills[area]} />
              ))}
            </tr>
          ))}
          <tr data-testid="heat-grid-team">
            <th scope="row" className="border px-2 py-1 text-left font-semibold">
              {t("coverageStep.teamBest")}
            </th>
            {COMPETENCY_AREAS.map((area) => (
              <LevelCell key={area} area={area} level={team[area]} />
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function LevelCell({ area, level }: { area: string; level: number }) {
  return (
    <td data-area={area} className={cn("border px-2 py-1 text-center tabular-nums", LEVEL_STYLE[level] ?? LEVEL_STYLE[0])}>
      {level}
    </td>
  );
}
