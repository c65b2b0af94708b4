"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import type { ActionResult } from "@/lib/actions/result";
import { useTeamAction } from "./use-team-action";

/** Delete in two steps (ask, then confirm), so a stray click or key press never removes a row. */
export function DeleteButton({ label, confirm, disabled, action }: { label: string; confirm: string; disabled?: boolean; action: () => Promise<ActionResult<unknown>> }) {
  const tCommon = useTranslations("common");
  const [asking, setAsking] = useState(false);
  const { pending, failure, run } = useTeamAction();
  if (!asking) {
    return (
      <div className="space-y-1">
        <Button variant="ghost" size="sm" aria-label={label} disabled={disabled} onClick={() => setAsking(true)}>
          {tCommon("delete")}
        </Button>
        <FormError code={failure?.code} />
      </div>
    );
  }
  return (
    <div role="group" aria-label={confirm} className="flex flex-wrap items-center gap-2 text-sm">
      <span>{confirm}</span>
      <Button variant="danger" size="sm" disabled={pending} onClick={() => run(action, () => setAsking(false))}>
        {tCommon("delete")}
      </Button>
      <Button variant="secondary" size="sm" disabled={pending} onClick={() => setAsking(false)}>
        {tCommon("cancel")}
      </Button>
      <FormError code={failure?.code} />
    </div>
  );
}
