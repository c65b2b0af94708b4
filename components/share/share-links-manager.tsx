"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { createShareLinkAction, revokeShareLinkAction, updateShareLinkAction } from "@/lib/share/actions";

export function ShareLinkCreator({ projectId }: { projectId: string }) {
  const t = useTranslations("share");
  const router = useRouter();
  const [values, setValues] = useState({ label: "", mode: "LIVE" as "LIVE" | "SNAPSHOT", expiresOn: "", passcode: "", requireEmail: false });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors;

  return (
    <Card>
      <CardTitle>{t("createTitle")}</CardTitle>
      <form
        className="mt-3 grid gap-4 md:grid-cols-2"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const result = await createShareLinkAction({ projectId, ...values });
            if (!result.ok) return setFailure(result);
            setFailure(null);
            setCreatedUrl(new URL(result.data.path, window.location.origin).toString());
            setValues({ label: "", mode: values.mode, expiresOn: "", passcode: "", requireEmail: values.requireEmail });
            router.refresh();
          });
        }}
      >
        <Field id="share-label" label={t("label")} error={errors?.label}>
          <Input id="share-label" value={values.label} placeholder={t("labelPlaceholder")} onChange={(e) => setValues({ ...values, label: e.target.value })} {...invalidProps("share-label", errors?.label)} />
        </Field>
        <Field id="share-mode" label={t("mode")} error={errors?.mode}>
          <Select id="share-mode" value={values.mode} onChange={(e) => setValues({ ...values, mode: e.target.value as "LIVE" | "SNAPSHOT" })}>
            <option value="LIVE">{t("modeLive")}</option>
            <option value="SNAPSHOT">{t("modeSnapshot")}</option>
          </Select>
        </Field>
        <Field id="share-expires" label={t("expiresOn")} error={errors?.expiresOn}>
          <Input id="share-expires" type="date" value={values.expiresOn} onChange={(e) => setValues({ ...values, expiresOn: e.target.value })} {...invalidProps("share-expires", errors?.expiresOn)} />
        </Field>
        <Field id="share-passcode-new" label={t("passcode")} hint={t("passcodeHint")} error={errors?.passcode}>
          <Input id="share-passcode-new" type="password" autoComplete="new-password" value={values.passcode} onChange={(e) => setValues({ ...values, passcode: e.target.value })} {...invalidProps("share-passcode-new", errors?.passcode)} />
        </Field>
        <RequireEmailBox id="share-require-email-new" checked={values.requireEmail} onChange={(requireEmail) => setValues({ ...values, requireEmail })} />
        <div className="md:col-span-2 space-y-3">
          <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
          <Button type="submit" disabled={pending}>
            {t("create")}
          </Button>
          {createdUrl ? (
            <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
              <p>{t("created")}</p>
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <code className="min-w-0 flex-1 break-all rounded bg-white px-2 py-1" data-testid="created-share-url">
                  {createdUrl}
                </code>
                <CopyButton key={createdUrl} text={createdUrl} label={t("copy")} copiedLabel={t("copied")} />
              </div>
            </div>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

export function RevokeLinkButton({ projectId, linkId }: { projectId: string; linkId: string }) {
  const t = useTranslations("share");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div>
      <Button
        size="sm"
        variant="danger"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("revokeConfirm"))) return;
          startTransition(async () => {
            const result = await revokeShareLinkAction({ projectId, linkId });
            if (!result.ok) return setFailure(result.code);
            router.refresh();
          });
        }}
      >
        {t("revoke")}
      </Button>
      <FormError code={failure} />
    </div>
  );
}

/** A link's own controls: copy it again, rename it or move its expiry. */
export function ShareLinkEditor({ projectId, linkId, url, label, expiresOn, requireEmail }: { projectId: string; linkId: string; url: string | null; label: string; expiresOn: string; requireEmail: boolean }) {
  const t = useTranslations("share");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState({ label, expiresOn, requireEmail });
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors;
  const ids = { label: `share-label-${linkId}`, expires: `share-expires-${linkId}` };
  return (
    <div className="w-full space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {url ? (
          <>
            <code className="min-w-0 max-w-full break-all rounded bg-slate-50 px-2 py-1 text-xs" data-testid="share-link-url">
              {url}
            </code>
            <CopyButton text={url} label={t("copyAgain")} copiedLabel={t("copied")} />
          </>
        ) : (
          <span className="text-xs text-slate-600">{t("urlNotKept")}</span>
        )}
        <Button size="sm" variant="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t("edit")}
        </Button>
      </div>
      {editing ? (
        <form
          className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            startTransition(async () => {
              const result = await updateShareLinkAction({ projectId, linkId, ...values });
              if (!result.ok) return setFailure(result);
              setFailure(null);
              setEditing(false);
              router.refresh();
            });
          }}
        >
          <Field id={ids.label} label={t("label")} error={errors?.label}>
            <Input id={ids.label} value={values.label} onChange={(e) => setValues({ ...values, label: e.target.value })} {...invalidProps(ids.label, errors?.label)} />
          </Field>
          <Field id={ids.expires} label={t("expiresOn")} error={errors?.expiresOn}>
            <Input id={ids.expires} type="date" value={values.expiresOn} onChange={(e) => setValues({ ...values, expiresOn: e.target.value })} {...invalidProps(ids.expires, errors?.expiresOn)} />
          </Field>
          <Button type="submit" size="sm" className="h-10" disabled={pending}>
            {t("saveLink")}
          </Button>
          <div className="sm:col-span-3">
            <RequireEmailBox id={`share-require-email-${linkId}`} checked={values.requireEmail} onChange={(next) => setValues({ ...values, requireEmail: next })} />
          </div>
          <div className="sm:col-span-3">
            <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** "Ask for the viewer's email": readers confirm an address with a mailed code, and the owners see who read what. */
function RequireEmailBox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useTranslations("share");
  return (
    <div className="flex items-start gap-2 md:col-span-2">
      <input id={id} type="checkbox" className="mt-1 h-4 w-4" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-hint`} />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {t("requireEmail")}
        </label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t("requireEmailHint")}
        </p>
      </div>
    </div>
  );
}
