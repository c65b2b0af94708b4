"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { HirePriority, RoleId } from "@/lib/team/catalogue";
import { addHireAction } from "@/lib/team/actions";
import { useTeamAction } from "./use-team-action";

/** One click from a gap to an open role in the hiring plan. */
export function AddToPlanButton({
  projectId,
  roleId,
  priority,
  start,
  canEdit,
}: {
  projectId: string;
  roleId: RoleId;
  priority: HirePriority;
  start: "now" | "later";
  canEdit: boolean;
}) {
  const t = useTranslations("team");
  const { pending, failure, run } = useTeamAction();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="secondary"
        aria-label={t("coverageStep.addToPlanFor", { role: t(`roles.${roleId}.name`) })}
        disabled={!canEdit || pending}
        onClick={() => run(() => addHireAction({ projectId, roleId, priority, start }))}
      >
        {t("coverageStep.addToPlan")}
      </Button>
      <FormError code={failure?.code} />
    </span>
  );
}
