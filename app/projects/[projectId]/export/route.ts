import { cookies } from "next/headers";
import { authorizeProject } from "@/lib/authz/gate";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/config";
import { exportFileName, exportPlanMarkdown } from "@/lib/plan-document/export";
import { loadPlanVersion } from "@/lib/snapshots/data";
import { viewerTimeZone } from "@/lib/time/viewer";
import { CURRENT, versionRefSchema } from "@/lib/snapshots/schema";

// Downloads of the plan, or of one snapshot: ?format=json|markdown&snapshot=<id>&locale=<locale>.
// A read: every member may export (no member emails or secrets are in a plan document).
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const gate = await authorizeProject(projectId, "project.read");
  if (!gate.ok) return new Response("Not found", { status: 404 });
  const search = new URL(request.url).searchParams;
  const ref = versionRefSchema.safeParse(search.get("snapshot") ?? CURRENT);
  const version = ref.success ? await loadPlanVersion(gate.access.projectId, ref.data) : null;
  if (!version?.document) return new Response("Not found", { status: 404 });

  // The language asked for, else the reader's choice (cookie), else the browser's.
  const asked = search.get("locale");
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: Locale = isLocale(asked) ? asked : isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));
  const now = new Date();
  const timeZone = await viewerTimeZone();
  const headers = (type: string, ext: string) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="plan.${ext}"; filename*=UTF-8''${encodeURIComponent(exportFileName(version.document!.project.name, version.createdAt ?? now, ext, timeZone))}`,
    "Cache-Control": "no-store",
  });
  if (search.get("format") === "markdown") {
    return new Response(exportPlanMarkdown(version, locale, now, timeZone), { headers: headers("text/markdown; charset=utf-8", "md") });
  }
  return new Response(`${JSON.stringify(version.document, null, 2)}\n`, { headers: headers("application/json; charset=utf-8", "json") });
}
