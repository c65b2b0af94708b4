"use client";
// The checklist is seeded from the catalogue the first time an editor opens the section (the button
// stays as a fallback); read-only members just see that it is not set up yet.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { ActionButton, ActionError } from "@/components/wizard/action-button";
import { Card, CardTitle } from "@/components/ui/card";
import type { ActionFailure } from "@/lib/actions/result";
import { seedChecklistAction } from "@/lib/compliance/actions";

export function ChecklistSetup({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useTranslations("compliance.setup");
  const router = useRouter();
  const started = useRef(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!canEdit || started.current) return;
    started.current = true;
    startTransition(async () => {
      const result = await seedChecklistAction({ projectId });
      if (!result.ok) return setFailure(result);
      router.refresh();
    });
  }, [canEdit, projectId, router]);

  if (!canEdit) return <p className="text-sm text-slate-600" data-testid="checklist-not-set-up">{t("notYet")}</p>;
  return (
    <Card className="space-y-2" data-testid="checklist-setup">
      <CardTitle>{t("title")}</CardTitle>
      <p className="text-sm text-slate-600">{t("body")}</p>
      {pending ? <p role="status" className="text-sm">{t("working")}</p> : null}
      <ActionError failure={failure} />
      {failure ? (
        <ActionButton variant="primary" run={() => seedChecklistAction({ projectId })}>
          {t("button")}
        </ActionButton>
      ) : null}
    </Card>
  );
}

/** Adds catalogue items that appeared after the checklist was set up. */
export function RefreshCatalogue({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useTranslations("compliance.setup");
  if (!canEdit) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
      <ActionButton variant="link" run={() => seedChecklistAction({ projectId })}>
        {t("refresh")}
      </ActionButton>
      <span>{t("refreshHint")}</span>
    </div>
  );
}
