import { getLocale } from "next-intl/server";
import { summaryPdfResponse } from "@/components/share/summary-pdf-response";
import { resolveShareToken } from "@/lib/authz/share";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { isLocale } from "@/lib/i18n/config";
import { recordViewerPdfDownload } from "@/lib/share/mutations";
import { isOwnTeam } from "@/lib/share/own-view";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const access = await resolveShareToken(token);
  if (access.status !== "granted") return new Response("Not found", { status: 404 });
  const { capability } = access;
  // A verified viewer's downloads are theirs on the owner's page (the team's own are not counted).
  if (capability.viewerId && !(await isOwnTeam(capability.projectId))) await recordViewerPdfDownload(capability.viewerId);
  const summary = capability.frozenSummary ?? (await buildInvestorSummary(capability.projectId));
  const pageLocale = await getLocale();
  return summaryPdfResponse(summary, new URL(request.url).searchParams.get("locale"), isLocale(pageLocale) ? pageLocale : "en", capability.frozenSummary !== null);
}
