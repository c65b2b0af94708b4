"use client";
import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/wizard/action-button";
import { Card, CardTitle } from "@/components/ui/card";
import { addMilestoneAction, seedChainAction } from "@/lib/milestones/actions";
import type { MilestoneRecord } from "@/lib/milestones/data";
import { isLocale } from "@/lib/i18n/config";
import { MilestoneRow, OWNER_SUGGESTIONS_ID } from "./milestone-row";

export function MilestonesStep({
  projectId,
  milestones,
  ownerSuggestions,
  today,
  canEdit,
}: {
  projectId: string;
  milestones: MilestoneRecord[];
  ownerSuggestions: string[];
  today: string;
  canEdit: boolean;
}) {
  const t = useTranslations("milestones.milestone");
  const locale = useLocale();
  return (
    <div className="space-y-4">
      <datalist id={OWNER_SUGGESTIONS_ID}>
        {ownerSuggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {milestones.length === 0 ? (
        <Card className="space-y-2" data-testid="seed-chain">
          <CardTitle>{t("seedTitle")}</CardTitle>
          <p className="text-sm text-slate-600">{t("seedBody")}</p>
          <ActionButton variant="primary" run={() => seedChainAction({ projectId, locale: isLocale(locale) ? locale : "en" })} disabled={!canEdit}>
            {t("seedButton")}
          </ActionButton>
        </Card>
      ) : null}
      {milestones.length > 0 ? <p className="text-sm text-slate-600">{t("ownerHint")}</p> : null}
      <ol className="space-y-3" data-testid="milestones">
        {milestones.map((m) => (
          <li key={m.id}>
            <MilestoneRow projectId={projectId} milestone={m} all={milestones} today={today} canEdit={canEdit} />
          </li>
        ))}
      </ol>
      <ActionButton run={() => addMilestoneAction({ projectId, title: t("newTitle") })} disabled={!canEdit}>
        {t("add")}
      </ActionButton>
    </div>
  );
}
