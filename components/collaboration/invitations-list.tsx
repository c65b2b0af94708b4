"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { revokeInvitationAction } from "@/lib/invitations/actions";
import { CollabError } from "./collab-error";

type OpenInvitation = { id: string; role: string; email: string | null; uses: number; maxUses: number | null; expiresAt: string; createdBy: string | null; project?: string | null };

/** Invitations that can still be used, each revocable. */
export function InvitationsList({ teamId, invitations }: { teamId: string; invitations: OpenInvitation[] }) {
  const t = useTranslations("collaboration.invite");
  const tRoles = useTranslations("collaboration.roles");
  const format = useFormatter();
  const router = useRouter();
  const [code, setCode] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (invitations.length === 0) return <p className="text-sm text-slate-500">{t("noOpen")}</p>;
  return (
    <div className="space-y-2">
      <CollabError code={code} />
      <ul className="divide-y" data-testid="open-invitations">
        {invitations.map((inv) => (
          <li key={inv.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {inv.email ?? (inv.maxUses === 1 ? t("usages.single") : t("usages.multi"))} · {tRoles(inv.role as "EDITOR")}
                {inv.project ? ` · ${t("forPlan", { plan: inv.project })}` : ""}
              </p>
              <p className="text-xs text-slate-500">
                {t("expires", { date: format.dateTime(new Date(inv.expiresAt), { dateStyle: "medium", timeStyle: "short" }) })} ·{" "}
                {inv.maxUses === null ? t("usedTimes", { count: inv.uses }) : t("usedOf", { uses: inv.uses, max: inv.maxUses })}
                {inv.createdBy ? ` · ${t("by", { name: inv.createdBy })}` : null}
              </p>
            </div>
            <Button
              size="sm"
              variant="secondary"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await revokeInvitationAction({ teamId, invitationId: inv.id });
                  setCode(result.ok ? null : result.code);
                  if (result.ok) router.refresh();
                })
              }
            >
              {t("revoke")}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
