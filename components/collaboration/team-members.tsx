"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES, type Role } from "@/lib/authz/permissions";
import { changeMemberRoleAction, leaveTeamAction, removeMemberAction, transferOwnershipAction } from "@/lib/members/actions";
import { Avatar } from "./avatar";
import { CollabError } from "./collab-error";

type Member = { userId: string; name: string; email: string; role: Role };

/** The members list: owners change roles, remove members and hand over ownership; anyone may leave. */
export function TeamMembers({ teamId, members, meId, canManage }: { teamId: string; members: Member[]; meId: string; canManage: boolean }) {
  const t = useTranslations("collaboration.members");
  const tRoles = useTranslations("collaboration.roles");
  const router = useRouter();
  const [code, setCode] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setConfirming(null);
      if (!result.ok) return setCode(result.code);
      setCode(null);
      if (after) after();
      else router.refresh();
    });

  const confirmButton = (key: string, label: string, confirmLabel: string, action: () => void, variant: "danger" | "secondary" = "danger") =>
    confirming === key ? (
      <span className="flex gap-1">
        <Button size="sm" variant={variant} disabled={pending} onClick={action}>
          {confirmLabel}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
          {t("cancel")}
        </Button>
      </span>
    ) : (
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => setConfirming(key)}>
        {label}
      </Button>
    );

  return (
    <div className="space-y-3">
      <CollabError code={code} />
      <ul className="divide-y" data-testid="members">
        {members.map((m) => {
          const isMe = m.userId === meId;
          return (
            <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3" data-testid={`member-${m.email}`}>
              <Avatar id={m.userId} name={m.name} />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">
                  {m.name} {isMe ? <span className="text-xs font-normal text-slate-500">({t("you")})</span> : null}
                </p>
                <p className="truncate text-xs text-slate-500">{m.email}</p>
              </div>
              {canManage ? (
                <label className="flex items-center gap-2 text-xs text-slate-600">
                  <span className="sr-only">{t("roleOf", { name: m.name })}</span>
                  <Select
                    aria-label={t("roleOf", { name: m.name })}
                    className="h-8 w-36"
                    value={m.role}
                    disabled={pending}
                    onChange={(e) => run(() => changeMemberRoleAction({ teamId, userId: m.userId, role: e.target.value }))}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tRoles(r)}
                      </option>
                    ))}
                  </Select>
                </label>
              ) : (
                <span className="text-xs font-medium text-slate-600" data-testid="member-role">{tRoles(m.role)}</span>
              )}
              <div className="flex flex-wrap gap-1">
                {canManage && !isMe && m.role !== "OWNER"
                  ? confirmButton(`transfer-${m.userId}`, t("transfer"), t("confirmTransfer", { name: m.name }), () => run(() => transferOwnershipAction({ teamId, userId: m.userId })), "secondary")
                  : null}
                {canManage && !isMe ? confirmButton(`remove-${m.userId}`, t("remove"), t("confirmRemove"), () => run(() => removeMemberAction({ teamId, userId: m.userId }))) : null}
                {isMe
                  ? confirmButton("leave", t("leave"), t("confirmLeave"), () =>
                      run(
                        () => leaveTeamAction({ teamId }),
                        () => router.push("/projects"),
                      ),
                    )
                  : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">{t("ownerRule")}</p>
    </div>
  );
}
