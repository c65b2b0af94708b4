"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { markNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await markNotificationsReadAction({ ids: "all" });
          router.refresh();
        })
      }
    >
      {t("markAllRead")}
    </Button>
  );
}
