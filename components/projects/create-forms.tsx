"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { createProjectAction } from "@/lib/projects/actions";
import { createTeamAction } from "@/lib/teams/actions";

export function CreateTeamForm() {
  const t = useTranslations("projects");
  const router = useRouter();
  const [name, setName] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="space-y-2 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await createTeamAction({ name });
          if (!result.ok) return setFailure(result);
          setFailure(null);
          setName("");
          router.push(`/projects?team=${result.data.id}`);
        });
      }}
    >
      <Field id="new-team-name" label={t("newTeam")} error={failure?.fieldErrors?.name}>
        <Input id="new-team-name" value={name} onChange={(e) => setName(e.target.value)} {...invalidProps("new-team-name", failure?.fieldErrors?.name)} />
      </Field>
      <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("createTeam")}
      </Button>
    </form>
  );
}

export function CreateProjectForm({ teamId }: { teamId: string }) {
  const t = useTranslations("projects");
  const router = useRouter();
  const [name, setName] = useState("");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-3 rounded-lg border bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await createProjectAction({ teamId, name, oneLiner: "", sector: "", stage: "IDEA", currency: "USD" });
          if (!result.ok) return setFailure(result);
          router.push(`/projects/${result.data.id}`);
        });
      }}
    >
      <div className="min-w-64 flex-1">
        <Field id="new-project-name" label={t("newProject")} error={failure?.fieldErrors?.name}>
          <Input id="new-project-name" value={name} placeholder={t("newProjectPlaceholder")} onChange={(e) => setName(e.target.value)} {...invalidProps("new-project-name", failure?.fieldErrors?.name)} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t("createProject")}
      </Button>
      <div className="w-full">
        <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
      </div>
    </form>
  );
}
