import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { SnapshotListItem } from "@/lib/snapshots/data";
import { CURRENT } from "@/lib/snapshots/schema";
import { ExportLinks } from "./export-links";
import { DuplicateSnapshot, RestoreButton } from "./snapshot-actions";

const KIND_TONE = { MANUAL: "info", BEFORE_RESTORE: "warn", SHARE_LINK: "neutral" } as const;

export type ListedSnapshot = SnapshotListItem & { title: string };

export async function SnapshotList({
  projectId,
  projectName,
  snapshots,
  canRestore,
  canDuplicate,
}: {
  projectId: string;
  projectName: string;
  snapshots: ListedSnapshot[];
  canRestore: boolean;
  canDuplicate: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  return (
    <Card>
      <CardTitle>{t("list.title")}</CardTitle>
      {snapshots.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("list.empty")}</p>
      ) : (
        <ul className="mt-3 divide-y" data-testid="snapshot-list">
          {snapshots.map((s) => (
            <li key={s.id} className="space-y-2 py-3" data-testid="snapshot" data-kind={s.kind}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 break-words font-medium" data-testid="snapshot-title">{s.title}</span>
                <Badge tone={KIND_TONE[s.kind]}>{t(`kinds.${s.kind}`)}</Badge>
              </div>
              <p className="text-xs text-slate-500">
                <time dateTime={s.createdAt.toISOString()}>{format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
                {t("list.by", { name: s.author ?? t("list.unknownAuthor") })}
              </p>
              {s.hasDocument ? (
                <div className="flex flex-wrap items-start gap-2" role="group" aria-label={t("list.actions", { name: s.title })}>
                  <Link
                    href={`/projects/${projectId}/history/compare?from=${s.id}&to=${CURRENT}`}
                    className="inline-flex h-8 items-center rounded-md border bg-white px-3 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500"
                  >
                    {t("compare.withCurrent")}
                  </Link>
                  <ExportLinks projectId={projectId} snapshotId={s.id} title={s.title} />
                  <ClientMessages namespaces={["history"]}>
                    {canRestore ? <RestoreButton projectId={projectId} snapshotId={s.id} title={s.title} /> : null}
                    {canDuplicate ? <DuplicateSnapshot projectId={projectId} snapshotId={s.id} title={s.title} defaultName={`${projectName} – ${s.title}`.slice(0, 80)} /> : null}
                  </ClientMessages>
                </div>
              ) : (
                <p className="text-xs text-slate-600">{t("list.noDocument")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
