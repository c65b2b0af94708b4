"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { INVITABLE_ROLES } from "@/lib/invitations/schema";
import type { Role } from "@/lib/authz/permissions";
import { changeProjectMemberRoleAction, removeProjectMemberAction } from "@/lib/project-members/actions";
import { Avatar } from "./avatar";
import { CollabError } from "./collab-error";

type Member = { userId: string; name: string; email: string; role: Role };

/** People with a role on this plan alone: owners change that role or end it. */
export function ProjectMembers({ projectId, members }: { projectId: string; members: Member[] }) {
  const t = useTranslations("collaboration.projectMembers");
  const tRoles = useTranslations("collaboration.roles");
  const router = useRouter();
  const [code, setCode] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await action();
      setConfirming(null);
      setCode(result.ok ? null : result.code);
      router.refresh();
    });

  if (members.length === 0) return <p className="text-sm text-slate-600" data-testid="project-members-empty">{t("empty")}</p>;
  return (
    <div className="space-y-2">
      <CollabError code={code} />
      <ul className="divide-y" data-testid="project-members">
        {members.map((m) => (
          <li key={m.userId} className="flex flex-wrap items-center gap-3 py-3" data-testid={`project-member-${m.email}`}>
            <Avatar id={m.userId} name={m.name} />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium">{m.name}</p>
              <p className="truncate text-xs text-slate-500">{m.email}</p>
            </div>
            <Select
              aria-label={t("roleOf", { name: m.name })}
              className="h-8 w-36"
              value={m.role}
              disabled={pending}
              onChange={(e) => run(() => changeProjectMemberRoleAction({ projectId, userId: m.userId, role: e.target.value }))}
            >
              {INVITABLE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {tRoles(r)}
                </option>
              ))}
            </Select>
            {confirming === m.userId ? (
              <span className="flex gap-1">
                <Button size="sm" variant="danger" disabled={pending} onClick={() => run(() => removeProjectMemberAction({ projectId, userId: m.userId }))}>
                  {t("confirmRemove", { name: m.name })}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setConfirming(null)}>
                  {t("cancel")}
                </Button>
              </span>
            ) : (
              <Button size="sm" variant="secondary" disabled={pending} onClick={() => setConfirming(m.userId)} aria-label={t("removeOf", { name: m.name })}>
                {t("remove")}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
