"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { retryMailAction } from "@/lib/email/actions";
import { CollabError } from "./collab-error";

export function RetryMailButton({ messageId }: { messageId: string }) {
  const t = useTranslations("collaboration.outbox");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const retry = () =>
    start(async () => {
      const result = await retryMailAction({ messageId });
      setError(result.ok ? null : result.code);
      router.refresh();
    });
  return (
    <div className="space-y-2">
      <Button size="sm" variant="secondary" onClick={retry} disabled={pending}>
        {pending ? t("retrying") : t("retry")}
      </Button>
      <CollabError code={error} />
    </div>
  );
}
