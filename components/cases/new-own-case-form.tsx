"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { createOwnCaseAction } from "@/lib/cases/actions";
import { OWN_CASE_KINDS, type OwnCaseKind } from "@/lib/cases/tags";

/** Adds an own case with a kind and a title, then opens it for editing. */
export function NewOwnCaseForm({ projectId, disabled }: { projectId: string; disabled: boolean }) {
  const t = useTranslations("cases");
  const router = useRouter();
  const [kind, setKind] = useState<OwnCaseKind>("competitor");
  const [title, setTitle] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors;
  return (
    <Card>
      <form
        className="space-y-3"
        noValidate
        data-testid="new-own-case"
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const result = await createOwnCaseAction({ projectId, kind, title });
            if (!result.ok) return setFailure(result);
            setFailure(null);
            router.push(`/projects/${projectId}/cases/${result.data.id}`);
          });
        }}
      >
        <CardTitle>{t("own.addTitle")}</CardTitle>
        <p className="text-sm text-slate-600">{t("own.addIntro")}</p>
        <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <Field id="new-case-kind" label={t("own.kind")} error={errors?.kind}>
            <Select id="new-case-kind" value={kind} disabled={disabled} onChange={(e) => setKind(e.target.value as OwnCaseKind)}>
              {OWN_CASE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="new-case-title" label={t("own.title")} error={errors?.title}>
            <Input
              id="new-case-title"
              value={title}
              maxLength={120}
              disabled={disabled}
              placeholder={t("own.titlePlaceholder")}
              onChange={(e) => setTitle(e.target.value)}
              {...invalidProps("new-case-title", errors?.title)}
            />
          </Field>
        </div>
        <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
        {/* Shown disabled (not hidden) to read-only roles; the server refuses their writes anyway. */}
        <Button type="submit" size="sm" disabled={pending || disabled}>
          {t("own.create")}
        </Button>
      </form>
    </Card>
  );
}
