"use client";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { COMPETENCY_AREAS, SKILL_MAX } from "@/lib/team/catalogue";
import { updateMemberAction } from "@/lib/team/actions";
import type { MemberRow, MemberValues } from "./member-card";

/** The skills matrix as one table: a row per member, a column per competency area. Each row autosaves
 * its member like the member's card does (same record key, so a local draft follows either view). */
export function SkillsTable({
  projectId,
  members,
  canEdit,
  onSaved,
}: {
  projectId: string;
  members: MemberRow[];
  canEdit: boolean;
  onSaved: (saved: MemberRow) => void;
}) {
  const t = useTranslations("team");
  return (
    // Focusable so keyboard users can scroll the table sideways on a phone.
    <div className="overflow-x-auto rounded-lg border bg-white" tabIndex={0} role="region" aria-label={t("membersStep.tableTitle")}>
      <table data-testid="skills-table" className="w-full min-w-[64rem] border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-xs text-slate-600">{t("membersStep.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 border-b bg-slate-50 px-2 py-1 text-left">
              {t("coverageStep.member")}
            </th>
            {COMPETENCY_AREAS.map((area) => (
              <th key={area} scope="col" className="border-b bg-slate-50 px-1 py-1 text-xs font-medium">
                {t(`areas.${area}`)}
              </th>
            ))}
            <th scope="col" className="border-b bg-slate-50 px-2 py-1 text-xs font-medium">
              {t("membersStep.tableStatus")}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <SkillsRow key={member.id} projectId={projectId} member={member} canEdit={canEdit} onSaved={onSaved} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SkillsRow({ projectId, member, canEdit, onSaved }: { projectId: string; member: MemberRow; canEdit: boolean; onSaved: (saved: MemberRow) => void }) {
  const t = useTranslations("team");
  const { id, version, ...initial } = member;
  const autosave = useAutosave<MemberValues>({
    key: `team-member:${id}`,
    initial,
    version,
    disabled: !canEdit,
    save: (values, v) => updateMemberAction({ projectId, memberId: id, version: v, ...values }),
    onSaved: (values, v) => onSaved({ ...values, id, version: v }),
  });
  const name = autosave.values.name.trim() || t("membersStep.unnamed");
  return (
    <tr data-testid="skills-row" data-member-name={autosave.values.name}>
      <th scope="row" className="sticky left-0 border-b bg-white px-2 py-1 text-left font-medium">
        {name}
      </th>
      {COMPETENCY_AREAS.map((area) => (
        <td key={area} className="border-b px-1 py-1">
          <Select
            aria-label={t("membersStep.skillFor", { area: t(`areas.${area}`), name })}
            className="w-full min-w-[5.5rem] px-1"
            value={String(autosave.values.skills[area] ?? 0)}
            disabled={!canEdit}
            aria-invalid={autosave.fieldErrors[`skills.${area}`] ? true : undefined}
            onChange={(e) => autosave.set((v) => ({ ...v, skills: { ...v.skills, [area]: Number(e.target.value) } }))}
          >
            {Array.from({ length: SKILL_MAX + 1 }, (_, level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </Select>
        </td>
      ))}
      <td className="min-w-[8rem] border-b px-2 py-1">
        <SaveStatus autosave={autosave} labels={{ skills: t("membersStep.skills") }} />
      </td>
    </tr>
  );
}
