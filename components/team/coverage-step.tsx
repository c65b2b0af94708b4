import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { COMPETENCY_AREAS, isRoleId, type SkillLevels } from "@/lib/team/catalogue";
import type { Gap, RoleCoverage, TeamAnalysis } from "@/lib/team/model";
import { AddToPlanButton } from "./add-to-plan-button";
import { HeatGrid } from "./heat-grid";
import { TeamRadar } from "./team-radar";

const COVERAGE_TONE = { covered: "good", partial: "warn", missing: "bad" } as const;
const FUSION_TONE = { linked: "good", present: "warn", absent: "bad" } as const;

export async function CoverageStep({
  projectId,
  plan,
  members,
  analysis,
  canEdit,
}: {
  projectId: string;
  plan: { rolesNow: string[]; rolesLater: string[] } | null;
  members: { id: string; name: string; skills: SkillLevels }[];
  analysis: TeamAnalysis;
  canEdit: boolean;
}) {
  const t = await getTranslations("team");
  const needed = [...(plan?.rolesNow ?? []).map((r) => [r, "now"] as const), ...(plan?.rolesLater ?? []).map((r) => [r, "later"] as const)].filter(([r]) => isRoleId(r));
  const coverage = analysis.coverage as Record<string, RoleCoverage>;
  const roleGaps = new Set(analysis.gaps.flatMap((g) => (g.kind === "role" ? [g.roleId as string] : [])));

  return (
    <div className="space-y-4">
      <Card className="space-y-2" data-testid="fusion-indicator" data-value={analysis.businessInsight}>
        <CardTitle>{t("coverageStep.fusionTitle")}</CardTitle>
        <p className="text-sm">
          <Badge tone={FUSION_TONE[analysis.businessInsight]} className="mr-2">
            {analysis.businessInsight === "linked" ? "✓" : "!"}
          </Badge>
          {t(`coverageStep.fusion.${analysis.businessInsight}`)}
        </p>
      </Card>

      <Card className="space-y-3">
        <CardTitle>{t("coverageStep.rolesTitle")}</CardTitle>
        {needed.length === 0 ? (
          <p className="text-sm text-slate-600">{t("coverageStep.noRoles")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="role-coverage">
            {needed.map(([role, when]) => (
              <li key={role} className="flex items-center justify-between gap-2 rounded-md border px-3 py-2 text-sm" data-role={role} data-coverage={coverage[role]}>
                <span>
                  {t(`roles.${role}.name`)} <span className="text-slate-500">({t(`coverageStep.when.${when}`)})</span>
                </span>
                <Badge tone={COVERAGE_TONE[coverage[role]]}>{t(`coverage.${coverage[role]}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card className="space-y-3">
        <CardTitle>{t("coverageStep.gapsTitle")}</CardTitle>
        {analysis.gaps.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="no-gaps">
            {t("coverageStep.noGaps")}
          </p>
        ) : (
          <ul className="space-y-2" data-testid="gap-list">
            {analysis.gaps.map((gap) => (
              <GapItem
                key={gap.kind === "role" ? `role-${gap.roleId}` : `area-${gap.area}`}
                gap={gap}
                projectId={projectId}
                canEdit={canEdit}
                // A weak area whose suggested role is already a listed role gap gets its button there.
                offerHire={gap.kind === "role" || !roleGaps.has(gap.suggestedRole ?? "")}
              />
            ))}
          </ul>
        )}
      </Card>

      <Card className="space-y-3">
        <CardTitle>{t("coverageStep.heatTitle")}</CardTitle>
        <HeatGrid members={members} team={analysis.levels} />
        <h3 className="text-sm font-semibold">{t("coverageStep.radarTitle")}</h3>
        <TeamRadar points={COMPETENCY_AREAS.map((area) => ({ label: t(`areas.${area}`), level: analysis.levels[area] }))} />
      </Card>

      <Card className="space-y-2" data-testid="key-people">
        <CardTitle>{t("coverageStep.keyPeopleTitle")}</CardTitle>
        {analysis.keyPeople.length === 0 ? (
          <p className="text-sm text-slate-600">{t("coverageStep.keyPeopleNone")}</p>
        ) : (
          <>
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {analysis.keyPeople.map((p) => (
                <li key={p.memberId}>{t("coverageStep.keyPerson", { name: p.name, roles: p.coreRoles.map((r) => t(`roles.${r}.name`)).join(t("listSeparator")) })}</li>
              ))}
            </ul>
            <p className="text-xs text-slate-600">{t("coverageStep.keyPeopleHint")}</p>
          </>
        )}
      </Card>
    </div>
  );
}

async function GapItem({ gap, projectId, canEdit, offerHire }: { gap: Gap; projectId: string; canEdit: boolean; offerHire: boolean }) {
  const t = await getTranslations("team");
  const roleToHire = gap.kind === "role" ? gap.roleId : gap.suggestedRole;
  const text =
    gap.kind === "role"
      ? t("coverageStep.roleGap", { role: t(`roles.${gap.roleId}.name`), when: t(`coverageStep.when.${gap.when}`), coverage: t(`coverage.${gap.coverage}`) })
      : t("coverageStep.areaGap", { area: t(`areas.${gap.area}`), level: gap.level });
  return (
    <li data-testid="gap" data-gap={gap.kind === "role" ? gap.roleId : gap.area} className="flex flex-col gap-2 rounded-md border px-3 py-2 text-sm sm:flex-row sm:items-center sm:justify-between">
      <div>
        <p>{text}</p>
        {gap.kind === "area" ? (
          <p className="text-xs text-slate-600">
            {gap.suggestedRole ? t("coverageStep.areaGapSuggestion", { role: t(`roles.${gap.suggestedRole}.name`) }) : t("coverageStep.areaGapNoRole")}
          </p>
        ) : null}
      </div>
      {roleToHire === null || !offerHire ? null : gap.inHiringPlan ? (
        <Badge tone="info">{t("coverageStep.inPlan")}</Badge>
      ) : (
        <AddToPlanButton
          projectId={projectId}
          roleId={roleToHire}
          priority={gap.kind === "role" && gap.when === "now" ? "HIGH" : "MEDIUM"}
          start={gap.kind === "role" && gap.when === "later" ? "later" : "now"}
          canEdit={canEdit}
        />
      )}
    </li>
  );
}
