"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { CollabError } from "./collab-error";

export function AcceptInvitation({ token, label }: { token: string; label: string }) {
  const t = useTranslations("collaboration.accept");
  const router = useRouter();
  const [code, setCode] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      <CollabError code={code} />
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction({ token });
            if (!result.ok) return setCode(result.code);
            // An invitation to one plan opens that plan (its invitee cannot see the team's page).
            if (result.data.projectId) return router.push(`/projects/${result.data.projectId}`);
            // Already a member: nothing changed, so no "you joined" banner.
            router.push(`/teams/${result.data.teamId}${result.data.alreadyMember ? "" : "?joined=1"}`);
          })
        }
      >
        {pending ? t("joining") : label}
      </Button>
    </div>
  );
}
