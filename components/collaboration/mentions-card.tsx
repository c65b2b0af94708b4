import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import type { MentionEntry } from "@/lib/comments/data";
import { excerpt, threadPath } from "@/lib/comments/model";

/** Comments that mention the signed-in member in this project, open threads first. */
export async function MentionsCard({ projectId, mentions }: { projectId: string; mentions: MentionEntry[] }) {
  const [t, tSections, format] = await Promise.all([getTranslations("collaboration.mentions"), getTranslations("sections"), getFormatter()]);
  const sorted = [...mentions].sort((a, b) => Number(a.resolved) - Number(b.resolved));
  return (
    <Card data-testid="mentions">
      <CardTitle>{t("title")}</CardTitle>
      {sorted.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="mt-3 divide-y">
          {sorted.map((m) => (
            <li key={m.id} className="py-2" data-testid="mention">
              <Link href={threadPath(projectId, m)} className="block rounded-md p-1 hover:bg-slate-50">
                <span className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <span className="font-medium text-slate-800">{m.author?.name ?? t("formerMember")}</span>
                  <span>{tSections(m.section as "overview")}</span>
                  <time dateTime={m.createdAt.toISOString()}>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  {m.resolved ? <Badge tone="good">{t("resolved")}</Badge> : <Badge tone="warn">{t("open")}</Badge>}
                </span>
                <span className="mt-1 block text-sm text-slate-800">{excerpt(m.body, 160)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
