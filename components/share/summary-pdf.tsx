// The investor summary as a PDF (A4), with Noto Sans SC embedded so Chinese prints as text.
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { nextMilestones, summaryGlance, topRisks, type InvestorSummary, type SummaryRunway } from "@/lib/investor-summary/model";

const fontDir = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts");
Font.register({
  family: "NotoSansSC",
  fonts: [
    { src: path.join(fontDir, "NotoSansHans-Regular.otf") },
    { src: path.join(fontDir, "NotoSansHans-Bold.otf"), fontWeight: "bold" },
  ],
});
// Chinese has no spaces: let lines break between CJK characters, keep Latin words whole. The empty
// piece after each character stops react-pdf from drawing a hyphen where it breaks such a "word".
const CJK_OR_WORD = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
const CJK = /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]$/;
Font.registerHyphenationCallback((word) => (word.match(CJK_OR_WORD) ?? [word]).flatMap((piece) => (CJK.test(piece) ? [piece, ""] : [piece])));

const styles = StyleSheet.create({
  page: { fontFamily: "NotoSansSC", fontSize: 10, padding: 36, lineHeight: 1.4, color: "#0f172a" },
  kicker: { fontSize: 8, color: "#64748b" },
  title: { fontSize: 22, fontWeight: "bold", marginTop: 2, marginBottom: 4, lineHeight: 1.25 },
  oneLiner: { fontSize: 12, marginTop: 4, color: "#334155" },
  meta: { fontSize: 8, color: "#64748b", marginTop: 6 },
  h2: { fontSize: 13, fontWeight: "bold", marginTop: 16, marginBottom: 4, borderBottom: "1pt solid #cbd5e1", paddingBottom: 2 },
  h3: { fontSize: 10, fontWeight: "bold", marginTop: 6 },
  row: { flexDirection: "row", flexWrap: "wrap", gap: 6 },
  metric: { width: "23%", border: "1pt solid #e2e8f0", padding: 4 },
  glance: { marginTop: 12, padding: 8, border: "1pt solid #cbd5e1", backgroundColor: "#f8fafc" },
  glanceTitle: { fontSize: 12, fontWeight: "bold", marginBottom: 4 },
  glanceRow: { flexDirection: "row", marginBottom: 2 },
  glanceLabel: { width: "30%", color: "#475569" },
  glanceValue: { width: "70%", fontWeight: "bold" },
  small: { fontSize: 8, color: "#64748b" },
  item: { marginBottom: 4 },
});

export type PdfText = {
  heading: string;
  meta: string;
  glance: { title: string; stage: string; team: (count: number, names: string) => string; noRisks: string };
  sections: Record<"team" | "businessModel" | "risks" | "readiness" | "funding" | "milestones", string>;
  empty: string;
  readinessOf: (total: string) => string;
  members: string;
  neededRoles: string;
  openRoles: string;
  coverage: (status: string) => string;
  metrics: { grossMargin: string; ltvToCac: string; payback: string; runway: string; runwayWithRaise: string; monthlyRevenue: string; monthlyCosts: string; cashOnHand: string };
  /** The runway with the same words as the pages (components/forecast/runway-text.ts). */
  runway: (runway: SummaryRunway) => string;
  months: (n: string) => string;
  unknown: string;
  revenueModels: string;
  canvas: string;
  mitigation: string;
  contingency: string;
  band: (band: string) => string;
  fundingAsk: string;
  useOfFunds: string;
  rounds: string;
  overdue: string;
};

export type PdfLabels = Record<
  "stage" | "role" | "commitment" | "revenueModel" | "canvasBlock" | "riskCategory" | "readinessBand" | "readinessSection" | "fundingStage" | "instrument" | "roundStatus" | "useCategory" | "milestoneStatus" | "priority",
  (id: string) => string
>;

function SummaryDocument({ summary, locale, text, labels }: { summary: InvestorSummary; locale: string; text: PdfText; labels: PdfLabels }) {
  const money = (n: number | null) => (n === null ? text.unknown : formatMoney(n, locale, summary.project.currency));
  const bm = summary.businessModel;
  const glance = summaryGlance(summary);
  const glanceRows: [string, string][] = [
    [text.glance.stage, labels.stage(summary.project.stage)],
    [text.sections.readiness, summary.readiness ? `${text.readinessOf(formatNumber(summary.readiness.total, locale))} · ${labels.readinessBand(summary.readiness.band)}` : text.unknown],
    [text.metrics.runway, bm ? text.runway(bm.runway) : text.unknown],
    [text.fundingAsk, summary.funding ? `${money(summary.funding.needAmount)}${summary.funding.timing ? ` · ${summary.funding.timing}` : ""}` : text.unknown],
    [text.members, glance.memberCount ? text.glance.team(glance.memberCount, glance.memberNames.join(", ")) : text.unknown],
    [text.sections.risks, glance.riskTitles.length ? glance.riskTitles.join(" · ") : text.glance.noRisks],
  ];
  return (
    <Document title={summary.project.name} author="Launchpad" language={locale}>
      <Page size="A4" style={styles.page}>
        <Text style={styles.kicker}>{text.heading}</Text>
        <Text style={styles.title}>{summary.project.name}</Text>
        {summary.project.oneLiner ? <Text style={styles.oneLiner}>{summary.project.oneLiner}</Text> : null}
        <Text style={styles.meta}>
          {labels.stage(summary.project.stage)}
          {summary.project.sector ? ` · ${summary.project.sector}` : ""} · {text.meta}
        </Text>

        {/* The same headline figures as the page's "At a glance", before any detail. */}
        <View style={styles.glance} wrap={false}>
          <Text style={styles.glanceTitle}>{text.glance.title}</Text>
          {glanceRows.map(([label, value]) => (
            <View key={label} style={styles.glanceRow}>
              <Text style={styles.glanceLabel}>{label}</Text>
              <Text style={styles.glanceValue}>{value}</Text>
            </View>
          ))}
        </View>

        <Text style={styles.h2}>{text.sections.readiness}</Text>
        {summary.readiness ? (
          <View>
            <Text style={{ fontSize: 14, fontWeight: "bold", marginBottom: 4 }}>
              {text.readinessOf(formatNumber(summary.readiness.total, locale))} · {labels.readinessBand(summary.readiness.band)}
            </Text>
            {summary.readiness.sections.map((s) => (
              <Text key={s.id}>
                {labels.readinessSection(s.id)}: {formatNumber(s.score, locale)} / {s.max}
              </Text>
            ))}
          </View>
        ) : (
          <Text style={styles.small}>{text.empty}</Text>
        )}

        <Text style={styles.h2}>{text.sections.team}</Text>
        {summary.team && summary.team.members.length ? (
          <View>
            {summary.team.members.map((m, i) => (
              <Text key={i} style={styles.item}>
                {m.name}
                {m.title ? ` — ${m.title}` : ""} ({labels.commitment(m.commitment)}){m.roles.length ? `: ${m.roles.map(labels.role).join(", ")}` : ""}
              </Text>
            ))}
            {summary.team.neededRoles.length ? (
              <Text>
                {text.neededRoles}: {summary.team.neededRoles.map((r) => `${labels.role(r.role)} (${text.coverage(r.status)})`).join(", ")}
              </Text>
            ) : null}
            {summary.team.openRoles.length ? (
              <Text>
                {text.openRoles}: {summary.team.openRoles.map((r) => labels.role(r.role)).join(", ")}
              </Text>
            ) : null}
          </View>
        ) : (
          <Text style={styles.small}>{text.empty}</Text>
        )}

        <Text style={styles.h2}>{text.sections.businessModel}</Text>
        {bm ? (
          <View>
            <View style={styles.row}>
              {[
                [text.metrics.grossMargin, bm.grossMarginPct === null ? text.unknown : `${formatNumber(bm.grossMarginPct, locale)}%`],
                [text.metrics.ltvToCac, bm.ltvToCac === null ? text.unknown : `${formatNumber(bm.ltvToCac, locale)}×`],
                [text.metrics.payback, bm.paybackMonths === null ? text.unknown : text.months(formatNumber(bm.paybackMonths, locale))],
                [text.metrics.runway, text.runway(bm.runway)],
                ...(bm.runwayWithRaise ? [[text.metrics.runwayWithRaise, text.runway(bm.runwayWithRaise)]] : []),
                [text.metrics.monthlyRevenue, money(bm.monthlyRevenue)],
                [text.metrics.monthlyCosts, money(bm.monthlyCosts)],
                [text.metrics.cashOnHand, money(bm.cashOnHand)],
              ].map(([k, v]) => (
                <View key={k} style={styles.metric}>
                  <Text style={styles.small}>{k}</Text>
                  <Text style={{ fontWeight: "bold" }}>{v}</Text>
                </View>
              ))}
            </View>
            {bm.revenueModels.length ? (
              <Text style={{ marginTop: 4 }}>
                {text.revenueModels}: {bm.revenueModels.map(labels.revenueModel).join(", ")}
              </Text>
            ) : null}
            <Text style={styles.h3}>{text.canvas}</Text>
            {Object.entries(bm.canvas).map(([block, notes]) =>
              notes && notes.length ? (
                <Text key={block} style={styles.item}>
                  {labels.canvasBlock(block)}: {notes.join("; ")}
                </Text>
              ) : null,
            )}
          </View>
        ) : (
          <Text style={styles.small}>{text.empty}</Text>
        )}

        <Text style={styles.h2}>{text.sections.risks}</Text>
        {summary.risks.length ? (
          topRisks(summary.risks).map((r, i) => (
            <View key={i} style={styles.item} wrap={false}>
              <Text style={{ fontWeight: "bold" }}>
                [{text.band(r.band)} {r.score}] {r.title}
              </Text>
              {r.mitigation ? (
                <Text>
                  {text.mitigation}: {r.mitigation}
                </Text>
              ) : null}
              {r.contingency ? (
                <Text>
                  {text.contingency}: {r.contingency}
                </Text>
              ) : null}
            </View>
          ))
        ) : (
          <Text style={styles.small}>{text.empty}</Text>
        )}

        <Text style={styles.h2}>{text.sections.funding}</Text>
        {summary.funding ? (
          <View>
            <Text>
              {text.fundingAsk}: {money(summary.funding.needAmount)}
              {summary.funding.timing ? ` · ${summary.funding.timing}` : ""}
            </Text>
            {summary.funding.rounds.map((r, i) => (
              <Text key={i}>
                {labels.fundingStage(r.stage)} · {money(r.amount)} · {labels.instrument(r.instrument)} · {labels.roundStatus(r.status)}
              </Text>
            ))}
            {summary.funding.useOfFunds.length ? (
              <Text>
                {text.useOfFunds}: {summary.funding.useOfFunds.map((u) => `${labels.useCategory(u.category)} ${money(u.amount)}`).join("; ")}
              </Text>
            ) : null}
          </View>
        ) : (
          <Text style={styles.small}>{text.empty}</Text>
        )}

        <Text style={styles.h2}>{text.sections.milestones}</Text>
        {summary.milestones.length ? (
          nextMilestones(summary.milestones).map((m, i) => (
            <Text key={i}>
              {m.title}
              {m.due ? ` · ${m.due}` : ""} · {labels.milestoneStatus(m.status)}
              {m.overdue ? ` · ${text.overdue}` : ""}
            </Text>
          ))
        ) : (
          <Text style={styles.small}>{text.empty}</Text>
        )}
      </Page>
    </Document>
  );
}

export function renderSummaryPdf(summary: InvestorSummary, locale: string, text: PdfText, labels: PdfLabels): Promise<Buffer> {
  return renderToBuffer(<SummaryDocument summary={summary} locale={locale} text={text} labels={labels} />);
}
