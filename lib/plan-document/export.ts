// The downloads: file names and the Markdown text in the reader's language.
import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { formatInstant } from "@/lib/i18n/format";
import { loadMessages } from "@/lib/i18n/messages";
import type { PlanVersion } from "@/lib/snapshots/data";
import { lookupIn, snapshotTitle } from "./format";
import { isoDateIn } from "@/lib/time/zone";
import { planMarkdown } from "./markdown";

/** "ClinicNote-AI-2026-11-20.json": letters of any script kept, everything else a dash; the date where the reader is. */
export function exportFileName(projectName: string, date: Date, ext: string, timeZone: string): string {
  const base = projectName.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "plan";
  const day = isoDateIn(date, timeZone);
  return `${base}-${day}.${ext}`;
}

export function exportPlanMarkdown(version: PlanVersion, locale: Locale, now: Date, timeZone: string): string {
  const t = lookupIn(loadMessages(locale));
  const date = (d: Date) => formatInstant(d, locale, timeZone);
  const subtitle =
    version.kind && version.createdAt
      ? (t("history.markdown.snapshot", { name: snapshotTitle({ kind: version.kind, name: version.name ?? "" }, t), date: date(version.createdAt) }) ?? "")
      : (t("history.markdown.exportedOn", { date: date(now) }) ?? "");
  return planMarkdown(version.document!, { t, locale, subtitle });
}
