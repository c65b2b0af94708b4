import { getFormatter, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/config";
import type { InvestorSummary } from "@/lib/investor-summary/model";
import { runwayText } from "@/components/forecast/runway-text";
import { renderSummaryPdf, type PdfText } from "./summary-pdf";
import { summaryLabeler } from "./summary-labels";

/** The summary PDF as a download, in the requested language (falling back to the page's). */
export async function summaryPdfResponse(summary: InvestorSummary, requestedLocale: string | null, fallback: Locale, frozen: boolean): Promise<Response> {
  const locale = isLocale(requestedLocale) ? requestedLocale : fallback;
  const t = await getTranslations({ locale, namespace: "share.summary" });
  const tRunway = await getTranslations({ locale, namespace: "forecast.runway" });
  const format = await getFormatter({ locale });
  const date = format.dateTime(new Date(summary.generatedAt), { dateStyle: "medium" });
  const text: PdfText = {
    heading: t("heading"),
    glance: {
      title: t("overview.title"),
      stage: t("stage"),
      team: (count, names) => t("overview.team", { count, names }),
      noRisks: t("overview.noRisks"),
    },
    meta: `${frozen ? t("frozen", { date }) : t("generated", { date })} · ${t("confidential")}`,
    sections: {
      team: t("sections.team"),
      businessModel: t("sections.businessModel"),
      risks: t("sections.risks"),
      readiness: t("sections.readiness"),
      funding: t("sections.funding"),
      milestones: t("sections.milestones"),
    },
    empty: t("empty"),
    readinessOf: (total) => t("readinessOf", { total }),
    members: t("members"),
    neededRoles: t("neededRoles"),
    openRoles: t("openRoles"),
    coverage: (status) => t(`coverage.${status as "covered"}`),
    metrics: {
      grossMargin: t("grossMargin"),
      ltvToCac: t("ltvToCac"),
      payback: t("payback"),
      runway: t("runway"),
      runwayWithRaise: t("runwayWithRaise"),
      monthlyRevenue: t("monthlyRevenue"),
      monthlyCosts: t("monthlyCosts"),
      cashOnHand: t("cashOnHand"),
    },
    months: (n) => t("months", { n }),
    unknown: t("unknown"),
    runway: (runway) => runwayText(runway, tRunway, locale),
    revenueModels: t("revenueModels"),
    canvas: t("canvas"),
    mitigation: t("mitigation"),
    contingency: t("contingency"),
    band: (band) => t(`band.${band as "low"}`),
    fundingAsk: t("fundingAsk"),
    useOfFunds: t("useOfFunds"),
    rounds: t("rounds"),
    overdue: t("overdue"),
  };
  const pdf = await renderSummaryPdf(summary, locale, text, await summaryLabeler(locale));
  const fileName = `${summary.project.name.replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || "summary"}-${locale}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="summary-${locale}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "private, no-store",
    },
  });
}
