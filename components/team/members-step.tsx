"use client";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { addMemberAction } from "@/lib/team/actions";
import { LIMITS } from "@/lib/validation/fields";
import { MemberCard, type MemberRow } from "./member-card";
import { SkillsTable } from "./skills-table";
import { useTeamAction } from "./use-team-action";

export function MembersStep({
  projectId,
  members,
  equityTotal,
  currency,
  canEdit,
}: {
  projectId: string;
  members: MemberRow[];
  equityTotal: number;
  currency: string;
  canEdit: boolean;
}) {
  const t = useTranslations("team");
  const [name, setName] = useState("");
  // Cards hold every field of a member; the table shows everyone's skill levels side by side.
  const [view, setView] = useState<"cards" | "table">("cards");
  // What each view last saved, so the other view opens on it even before the page's fresh data has
  // arrived (a record newer on the server, e.g. a teammate's edit, still wins by version).
  const [saved, setSaved] = useState<Record<string, MemberRow>>({});
  const remember = useCallback((row: MemberRow) => setSaved((all) => ({ ...all, [row.id]: row })), []);
  const latest = members.map((m) => (saved[m.id] && saved[m.id].version > m.version ? saved[m.id] : m));
  const { pending, failure, run } = useTeamAction();
  const nameError = failure?.fieldErrors?.name;

  return (
    <div className="space-y-4">
      <Card>
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run(() => addMemberAction({ projectId, name }), () => setName(""));
          }}
        >
          <div className="flex-1">
            <Field id="team-new-member" label={t("membersStep.addName")} error={nameError}>
              <Input id="team-new-member" value={name} maxLength={LIMITS.name} disabled={!canEdit} onChange={(e) => setName(e.target.value)} {...invalidProps("team-new-member", nameError)} />
            </Field>
          </div>
          <Button type="submit" disabled={!canEdit || pending}>
            {t("membersStep.add")}
          </Button>
        </form>
        <div className="mt-2">
          <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
        </div>
      </Card>
      <p className="text-sm text-slate-600" data-testid="equity-total">
        {t("membersStep.equityTotal", { total: equityTotal })}
      </p>
      {members.length === 0 ? <p className="text-sm text-slate-600">{t("membersStep.empty")}</p> : null}
      {members.length > 0 ? (
        <div role="group" aria-label={t("membersStep.viewLabel")} className="inline-flex rounded-md border bg-white p-0.5">
          {(["cards", "table"] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
              className={`rounded px-3 py-1 text-sm ${view === option ? "bg-brand-600 font-medium text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {t(option === "cards" ? "membersStep.viewCards" : "membersStep.viewTable")}
            </button>
          ))}
        </div>
      ) : null}
      {view === "table" && members.length > 0 ? (
        <SkillsTable projectId={projectId} members={latest} canEdit={canEdit} onSaved={remember} />
      ) : (
        <ul className="space-y-4">
          {latest.map((member) => (
            <li key={member.id}>
              <MemberCard projectId={projectId} member={member} currency={currency} canEdit={canEdit} onSaved={remember} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
