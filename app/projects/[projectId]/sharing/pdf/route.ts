import { getLocale } from "next-intl/server";
import { summaryPdfResponse } from "@/components/share/summary-pdf-response";
import { authorizeProject } from "@/lib/authz/gate";
import { isLocale } from "@/lib/i18n/config";
import { buildInvestorSummary } from "@/lib/investor-summary/data";

// The founders' own download of the live summary.
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const gate = await authorizeProject(projectId, "project.read");
  if (!gate.ok) return new Response("Not found", { status: 404 });
  const summary = await buildInvestorSummary(gate.access.projectId);
  const pageLocale = await getLocale();
  return summaryPdfResponse(summary, new URL(request.url).searchParams.get("locale"), isLocale(pageLocale) ? pageLocale : "en", false);
}
