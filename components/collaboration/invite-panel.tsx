"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { createEmailInvitationAction, createLinkInvitationAction, createProjectInvitationAction } from "@/lib/invitations/actions";
import { EXPIRY_DAYS, INVITABLE_ROLES, LINK_USAGES } from "@/lib/invitations/schema";
import { CollabError } from "./collab-error";

type Delivery = "kept" | "pending" | "sending" | "sent" | "failed";
type Created = { url: string; kind: "link" | "email"; delivery?: Delivery; email?: string };

/**
 * Invite by link (role, expiry, single or multi use) or by email; the new link is shown once to copy.
 * With a projectId it invites one address to that plan only (by email).
 */
export function InvitePanel({ teamId, projectId }: { teamId: string; projectId?: string }) {
  const t = useTranslations("collaboration.invite");
  const tRoles = useTranslations("collaboration.roles");
  const router = useRouter();
  const [kind, setKind] = useState<"link" | "email">(projectId ? "email" : "link");
  const [role, setRole] = useState<string>("EDITOR");
  const [expiresInDays, setExpiresInDays] = useState("7");
  const [usage, setUsage] = useState<string>("single");
  const [email, setEmail] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors;

  const submit = () =>
    startTransition(async () => {
      const result = projectId
        ? await createProjectInvitationAction({ projectId, role, expiresInDays, email })
        : kind === "link"
          ? await createLinkInvitationAction({ teamId, role, expiresInDays, usage })
          : await createEmailInvitationAction({ teamId, role, expiresInDays, email });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      const url = `${window.location.origin}${result.data.path}`;
      setCreated({ url, kind, email, delivery: "delivery" in result.data ? (result.data.delivery as Created["delivery"]) : undefined });
      setEmail("");
      router.refresh();
    });


  return (
    <div className="space-y-4">
      {projectId ? null : (
        <div role="radiogroup" aria-label={t("kindLabel")} className="flex gap-2">
          {(["link", "email"] as const).map((k) => (
            <Button key={k} size="sm" role="radio" aria-checked={kind === k} variant={kind === k ? "primary" : "secondary"} onClick={() => setKind(k)}>
              {t(k === "link" ? "byLink" : "byEmail")}
            </Button>
          ))}
        </div>
      )}
      <form
        className="grid gap-3 sm:grid-cols-2"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {kind === "email" ? (
          <div className="sm:col-span-2">
            <Field id="invite-email" label={t("email")} error={errors?.email}>
              <Input id="invite-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} {...invalidProps("invite-email", errors?.email)} />
            </Field>
          </div>
        ) : null}
        <Field id="invite-role" label={t("role")} error={errors?.role}>
          <Select id="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {INVITABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {tRoles(r)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="invite-expiry" label={t("expiry")} error={errors?.expiresInDays}>
          <Select id="invite-expiry" value={expiresInDays} onChange={(e) => setExpiresInDays(e.target.value)}>
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {t("days", { count: d })}
              </option>
            ))}
          </Select>
        </Field>
        {kind === "link" ? (
          <Field id="invite-usage" label={t("usage")} error={errors?.usage}>
            <Select id="invite-usage" value={usage} onChange={(e) => setUsage(e.target.value)}>
              {LINK_USAGES.map((u) => (
                <option key={u} value={u}>
                  {t(`usages.${u}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <div className="flex items-end sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {kind === "link" ? t("createLink") : t("sendEmail")}
          </Button>
        </div>
      </form>
      <CollabError code={failure && failure.code !== "validation" ? failure.code : null} />
      {created ? (
        <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950" data-testid="invite-created">
          <p>
            {created.kind === "link"
              ? t("linkCreated")
              : created.delivery === "sent"
                ? t("emailSent", { email: created.email ?? "" })
                : created.delivery === "kept"
                  ? t("emailRecorded", { email: created.email ?? "" })
                  : t("emailFailed", { email: created.email ?? "" })}
          </p>
          <div className="flex gap-2">
            <label htmlFor="invite-link" className="sr-only">
              {t("linkLabel")}
            </label>
            <Input id="invite-link" readOnly value={created.url} onFocus={(e) => e.currentTarget.select()} data-testid="invite-link" />
            {/* Clipboard refused (e.g. no permission): the link stays selectable in the field. */}
            <CopyButton key={created.url} className="h-10" text={created.url} label={t("copy")} copiedLabel={t("copied")} onRefused={() => document.getElementById("invite-link")?.focus()} />
          </div>
          <p className="text-xs">
            {t("shownOnce")}{" "}
            {created.delivery ? (
              <Link href="/outbox" className="font-medium underline">
                {t("openOutbox")}
              </Link>
            ) : null}
          </p>
        </div>
      ) : null}
    </div>
  );
}
