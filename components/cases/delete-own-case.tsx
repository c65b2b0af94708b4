"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { deleteOwnCaseAction } from "@/lib/cases/actions";

/** Delete with a second, explicit confirmation. */
export function DeleteOwnCase({ projectId, caseId }: { projectId: string; caseId: string }) {
  const t = useTranslations("cases");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
        {t("own.delete")}
      </Button>
    );
  }
  return (
    <div role="alertdialog" aria-labelledby="delete-case-question" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
      <p id="delete-case-question" className="text-sm text-red-900">
        {t("own.confirmDelete")}
      </p>
      <FormError code={error} />
      <div className="flex gap-2">
        <Button
          variant="danger"
          size="sm"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await deleteOwnCaseAction({ projectId, caseId });
              if (!result.ok) return setError(result.code);
              router.push(`/projects/${projectId}/cases`);
            })
          }
        >
          {t("own.confirm")}
        </Button>
        <Button variant="secondary" size="sm" autoFocus onClick={() => setConfirming(false)}>
          {t("own.cancel")}
        </Button>
      </div>
    </div>
  );
}
