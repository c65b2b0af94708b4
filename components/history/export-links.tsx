import { getTranslations } from "next-intl/server";

const link = "inline-flex h-8 items-center rounded-md border bg-white px-3 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500";

/** JSON and Markdown downloads of the plan now, or of one snapshot. */
export async function ExportLinks({ projectId, snapshotId, title }: { projectId: string; snapshotId?: string; title?: string }) {
  const t = await getTranslations("history.export");
  const base = `/projects/${projectId}/export?${snapshotId ? `snapshot=${encodeURIComponent(snapshotId)}&` : ""}format=`;
  return (
    <>
      <a href={`${base}json`} className={link} download aria-label={title ? t("jsonOf", { name: title }) : undefined} data-testid="export-json">
        {t("json")}
      </a>
      <a href={`${base}markdown`} className={link} download aria-label={title ? t("markdownOf", { name: title }) : undefined} data-testid="export-markdown">
        {t("markdown")}
      </a>
    </>
  );
}
