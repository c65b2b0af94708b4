"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import type { ActionFailure } from "@/lib/actions/result";
import { saveChannelAction, setChannelAction } from "@/lib/funding/actions";
import type { ChannelRecord } from "@/lib/funding/data";
import { CHANNEL_CAUTION_SOURCE, CHANNEL_KINDS, type ChannelKind } from "@/lib/funding/model";
import { ActionError } from "@/components/wizard/action-button";

export function ChannelsStep({ projectId, channels, canEdit }: { projectId: string; channels: ChannelRecord[]; canEdit: boolean }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="funding-channels">
      {CHANNEL_KINDS.map((kind) => (
        <li key={kind}>
          <ChannelCard projectId={projectId} kind={kind} channel={channels.find((c) => c.kind === kind) ?? null} canEdit={canEdit} />
        </li>
      ))}
    </ul>
  );
}

function ChannelCard({ projectId, kind, channel, canEdit }: { projectId: string; kind: ChannelKind; channel: ChannelRecord | null; canEdit: boolean }) {
  const t = useTranslations("funding.channels");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // Follows the click at once; the server's answer confirms it or puts it back.
  const [considered, setConsidered] = useState(channel !== null);
  const checkboxId = `channel-${kind}`;
  const fromDocs = CHANNEL_CAUTION_SOURCE[kind] === "doc004";
  return (
    <Card className="h-full space-y-2" data-testid={`channel-${kind}`}>
      <h3 className="font-medium">{t(`kinds.${kind}.name`)}</h3>
      <p className="text-sm text-slate-600">{t(`kinds.${kind}.description`)}</p>
      <div className="rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-950">
        <p>{t(`kinds.${kind}.caution`)}</p>
        <Badge tone={fromDocs ? "info" : "neutral"} className="mt-1">
          {fromDocs ? t("cautionFromDocs") : t("cautionFromLaunchpad")}
        </Badge>
      </div>
      <div className="flex items-center gap-2">
        <input
          id={checkboxId}
          type="checkbox"
          className="h-4 w-4 accent-brand-600"
          checked={considered}
          disabled={!canEdit || pending}
          onChange={(e) => {
            const next = e.target.checked;
            setConsidered(next);
            startTransition(async () => {
              const result = await setChannelAction({ projectId, kind, considered: next });
              setFailure(result.ok ? null : result);
              if (result.ok) router.refresh();
              else setConsidered(!next);
            });
          }}
        />
        <label htmlFor={checkboxId} className="text-sm">
          {t("considered")}
          <span className="sr-only"> ({t(`kinds.${kind}.name`)})</span>
        </label>
      </div>
      <ActionError failure={failure} />
      {channel ? <ChannelNote projectId={projectId} channel={channel} canEdit={canEdit} /> : null}
    </Card>
  );
}

function ChannelNote({ projectId, channel, canEdit }: { projectId: string; channel: ChannelRecord; canEdit: boolean }) {
  const t = useTranslations("funding.channels");
  const autosave = useAutosave<{ note: string }>({
    key: `funding-channel:${channel.id}`,
    initial: { note: channel.note },
    version: channel.version,
    disabled: !canEdit,
    save: (values, version) => saveChannelAction({ projectId, id: channel.id, version, ...values }),
  });
  const id = `channel-note-${channel.kind}`;
  const error = autosave.fieldErrors.note;
  return (
    <div className="space-y-2">
      <Field id={id} label={t("note")} error={error} context={t(`kinds.${channel.kind}.name`)}>
        <Textarea id={id} rows={2} className="min-h-16" value={autosave.values.note} disabled={!canEdit} onChange={(e) => autosave.set({ note: e.target.value })} {...invalidProps(id, error)} />
      </Field>
      <SaveStatus autosave={autosave} labels={{ note: t("note") }} />
    </div>
  );
}
