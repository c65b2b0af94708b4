import { getFormatter, getTranslations } from "next-intl/server";
import { SUMMARY_SECTIONS } from "@/lib/share/model";

type Viewer = { id: string; email: string; firstSeenAt: Date | null; lastSeenAt: Date | null; views: number; sectionSeconds: unknown; pdfDownloads: number };

/** Who read an email-gated link: one row per verified viewer, with their time on each section. */
export async function ShareViewersTable({ viewers }: { viewers: Viewer[] }) {
  const [t, tSections, format] = await Promise.all([getTranslations("share.viewers"), getTranslations("share.summary.sections"), getFormatter()]);
  if (viewers.length === 0) return <p className="text-xs text-slate-600" data-testid="share-viewers-empty">{t("none")}</p>;
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const duration = (seconds: number) => (seconds < 60 ? t("seconds", { count: seconds }) : t("minutes", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 }));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-xs" data-testid="share-viewers">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{t("email")}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t("firstSeen")}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t("lastSeen")}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t("views")}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{t("timePerSection")}</th>
            <th scope="col" className="py-1 font-medium">{t("pdfDownloads")}</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {viewers.map((v) => {
            const seconds = (v.sectionSeconds ?? {}) as Record<string, number>;
            const read = SUMMARY_SECTIONS.filter((s) => (seconds[s] ?? 0) > 0);
            return (
              <tr key={v.id} data-testid="share-viewer" data-email={v.email}>
                <td className="py-1 pr-3 font-medium">{v.email}</td>
                <td className="py-1 pr-3">{date(v.firstSeenAt)}</td>
                <td className="py-1 pr-3">{date(v.lastSeenAt)}</td>
                <td className="py-1 pr-3" data-testid="share-viewer-views">{v.views}</td>
                <td className="py-1 pr-3" data-testid="share-viewer-sections">
                  {read.length ? read.map((s) => `${tSections(s)} ${duration(seconds[s])}`).join(", ") : t("noTime")}
                </td>
                <td className="py-1" data-testid="share-viewer-pdf">{v.pdfDownloads}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
