"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { LikelyDuplicates } from "./identify-sources";

/** "You may already have this risk" with a link that opens the founder's own risk in the register. */
export function DuplicateHint({ projectId, templateId, duplicates }: { projectId: string; templateId: string; duplicates: LikelyDuplicates }) {
  const t = useTranslations("risks.duplicates");
  const match = duplicates[templateId];
  if (!match) return null;
  return (
    <p className="rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-950" data-testid="duplicate-hint">
      {t("hint", { title: match.title })}{" "}
      <Link className="underline" href={`/projects/${projectId}/risks?open=${encodeURIComponent(match.id)}#risk-${match.id}`}>
        {t("open")}
      </Link>
    </p>
  );
}
