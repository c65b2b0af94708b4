"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import { MAX_IMPORT_BYTES } from "@/lib/plan-document/limits";
import { HistoryError } from "./history-error";

/**
 * Sends the chosen file's text to the upload route (not a server action: plans may be up to 5 MB).
 * A file over the limit is refused here without sending it; the server checks everything again.
 */
export function ImportPlanForm({ teams, initialTeamId }: { teams: { id: string; name: string }[]; initialTeamId: string }) {
  const t = useTranslations("history.import");
  const router = useRouter();
  const [teamId, setTeamId] = useState(initialTeamId);
  const [file, setFile] = useState<File | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  async function upload() {
    if (!file) return setFailure({ ok: false, code: "chooseFile" });
    if (file.size > MAX_IMPORT_BYTES) return setFailure({ ok: false, code: "importTooLarge" });
    setPending(true);
    try {
      const response = await fetch(`/projects/import/upload?team=${encodeURIComponent(teamId)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: await file.text(),
      });
      const result = (await response.json()) as ActionResult<{ projectId: string }>;
      if (!result.ok) return setFailure(result);
      router.push(`/projects/${result.data.projectId}`);
    } catch {
      setFailure({ ok: false, code: "network" });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void upload();
      }}
    >
      <div className="space-y-1">
        <label htmlFor="import-team" className="block text-sm font-medium text-slate-800">
          {t("team")}
        </label>
        <Select id="import-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          {t("file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:bg-white file:px-3 file:py-1.5 file:text-sm hover:file:bg-slate-100"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setFailure(null);
          }}
        />
      </div>
      {failure?.code === "chooseFile" ? (
        <p role="alert" className="text-sm text-red-700">
          {t("chooseFile")}
        </p>
      ) : (
        <HistoryError failure={failure} />
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("working") : t("submit")}
      </Button>
    </form>
  );
}
