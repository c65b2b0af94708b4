import type { ProjectSelect } from "../data";
import { byCreation, rowsOf, singleton, type SectionPart } from "./part";

const select = {
  marketResearch: { select: { objective: true, dataCollection: true, analysis: true, findings: true } },
  marketSize: { select: { tamValue: true, tamSource: true, samValue: true, samSource: true, somValue: true, somSource: true, annualPricePerCustomer: true, basis: true } },
  marketSegments: { select: { name: true, domain: true, needs: true }, orderBy: [...byCreation] },
  marketCompetitors: { select: { name: true, offering: true, strengths: true, weaknesses: true, differentiation: true }, orderBy: [...byCreation] },
  marketTrends: { select: { trendKey: true, title: true, impact: true, note: true }, orderBy: [...byCreation] },
} as const satisfies ProjectSelect;

export const marketPart: SectionPart<"market", typeof select> = {
  select,
  assemble: (rows) => ({
    research: rows.marketResearch,
    size: rows.marketSize,
    segments: rows.marketSegments,
    competitors: rows.marketCompetitors,
    trends: rows.marketTrends,
  }),
  clear: (tx, where) => [() => tx.marketSegment.deleteMany({ where }), () => tx.marketCompetitor.deleteMany({ where }), () => tx.marketTrend.deleteMany({ where })],
  write: async (w, market) => {
    const { tx } = w;
    await singleton(w, market.research, (a) => tx.marketResearch.upsert(a), (a) => tx.marketResearch.deleteMany(a));
    await singleton(w, market.size, (a) => tx.marketSize.upsert(a), (a) => tx.marketSize.deleteMany(a));
    await tx.marketSegment.createMany({ data: rowsOf(w, market.segments) });
    await tx.marketCompetitor.createMany({ data: rowsOf(w, market.competitors) });
    await tx.marketTrend.createMany({ data: rowsOf(w, market.trends) });
  },
};
