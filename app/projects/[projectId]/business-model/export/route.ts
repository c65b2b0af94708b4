import { cookies } from "next/headers";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { authorizeProject } from "@/lib/authz/gate";
import { getBusinessModelSection, sectionData } from "@/lib/business-model/data";
import { evaluateBusinessModel } from "@/lib/business-model/evaluate";
import { STATEMENT_VIEWS, statementRows, statementTable, toCsv, type StatementView } from "@/lib/forecast/statement";
import { statementWorkbook } from "@/lib/forecast/xlsx";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { getProject } from "@/lib/projects/data";

// The monthly forecast as a file: ?format=csv&view=pnl|cashFlow, or ?format=xlsx (both views as
// sheets), &locale=<locale> for the labels. A read: every member may download it; anyone else gets
// "not found", as for every project page.
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const gate = await authorizeProject(projectId, "project.read");
  if (!gate.ok) return new Response("Not found", { status: 404 });
  const search = new URL(request.url).searchParams;
  const format = search.get("format") === "xlsx" ? "xlsx" : "csv";
  const asked = search.get("view");
  const view: StatementView = STATEMENT_VIEWS.find((v) => v === asked) ?? "pnl";
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const askedLocale = search.get("locale");
  const locale: Locale = isLocale(askedLocale) ? askedLocale : isLocale(chosen) ? chosen : negotiateLocale(request.headers.get("accept-language"));

  const [project, section] = await Promise.all([getProject(gate.access.projectId), getBusinessModelSection(gate.access.projectId)]);
  // The file's language is the one asked for, not the page's: translate with that locale's messages.
  // Untyped keys: messages are loaded at run time, so next-intl cannot check them here.
  const translate = createTranslator({ locale, messages: loadMessages(locale) as AbstractIntlMessages }) as unknown as (key: string, values?: Record<string, string>) => string;
  const t = (key: string, values?: Record<string, string>) => translate(`forecast.${key}`, values);
  const tModels = (key: string) => translate(`businessModel.revenue.models.${key}`);
  const { forecast } = evaluateBusinessModel(sectionData(section));
  const models = section.revenueChoices.map((c) => c.model);
  const labels = {
    month: t("month"),
    row: (row: { key: string; model?: string }) => (row.model ? t("rows.revenueOf", { model: tModels(`${row.model}.name`) }) : t(`rows.${row.key}`)),
  };
  const table = (v: StatementView) => statementTable(forecast, statementRows(forecast, models, v), labels);
  const name = (ext: string, v?: StatementView) => `${project.name.replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || "forecast"}-${t(v ? `views.${v}` : "heading")}-${project.currency}.${ext}`;
  const headers = (type: string, ext: string, v?: StatementView) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="forecast.${ext}"; filename*=UTF-8''${encodeURIComponent(name(ext, v))}`,
    "Cache-Control": "private, no-store",
  });

  if (format === "xlsx") {
    const workbook = await statementWorkbook(STATEMENT_VIEWS.map((v) => ({ name: t(`views.${v}`), table: table(v) })));
    return new Response(new Uint8Array(workbook), { headers: headers("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") });
  }
  return new Response(toCsv(table(view)), { headers: headers("text/csv; charset=utf-8", "csv", view) });
}
