"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { createSnapshotAction } from "@/lib/snapshots/actions";
import { HistoryError } from "./history-error";

export function CreateSnapshotForm({ projectId }: { projectId: string }) {
  const t = useTranslations("history.create");
  const router = useRouter();
  const [name, setName] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const error = failure?.fieldErrors?.name;
  return (
    <Card>
      <CardTitle>{t("title")}</CardTitle>
      <form
        className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const result = await createSnapshotAction({ projectId, name });
            setSaved(result.ok);
            if (!result.ok) return setFailure(result);
            setFailure(null);
            setName("");
            router.refresh();
          });
        }}
      >
        <div className="min-w-0 flex-1">
          <Field id="snapshot-name" label={t("name")} error={error}>
            <Input id="snapshot-name" value={name} maxLength={200} placeholder={t("placeholder")} onChange={(e) => setName(e.target.value)} {...invalidProps("snapshot-name", error)} />
          </Field>
        </div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
      <div className="mt-2">
        {failure && failure.code !== "validation" ? <HistoryError failure={failure} /> : null}
        {saved ? (
          <p role="status" className="text-sm text-emerald-700">
            {t("saved")}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
