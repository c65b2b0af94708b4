// Pure case logic: "similar to your plan" ranking, the plan-sector keyword map, and the one view,
// search and filter used for library cards and the team's own cases alike. No I/O.
import type { Locale } from "@/lib/i18n/config";
import type { LibraryCard } from "./library-types";
import {
  AI_PATTERNS,
  CASE_RISK_CATEGORIES,
  FAILURE_CAUSES,
  OUTCOMES,
  OWN_CASE_KINDS,
  OWN_SOURCE_QUALITIES,
  REVENUE_MODELS,
  SECTOR_TAGS,
  STAGES,
  type AiPattern,
  type CaseRiskCategory,
  type CaseTags,
  type FailureCause,
  type LibraryKind,
  type Outcome,
  type OwnCaseKind,
  type RevenueModelId,
  type SectorTag,
  type SourceDoc,
  type SourceQuality,
  type Stage,
} from "./tags";

export type PlanProfile = {
  sectors: SectorTag[];
  stage: Stage | null;
  revenueModels: RevenueModelId[];
  /** Risk register categories with open risks. */
  openRiskCategories: string[];
};

export type MatchReason =
  | { kind: "sector"; tag: SectorTag }
  | { kind: "stage"; tag: Stage }
  | { kind: "revenueModel"; tag: RevenueModelId }
  | { kind: "riskCategory"; tag: CaseRiskCategory };

export type SimilarMatch = { id: string; score: number; reasons: MatchReason[] };

/** A shared sector says the most about relevance; a shared revenue model next; stage and risks least. */
export const SIMILARITY_WEIGHTS: Record<MatchReason["kind"], number> = { sector: 3, revenueModel: 2, stage: 1, riskCategory: 1 };

export const EMPTY_PROFILE: PlanProfile = { sectors: [], stage: null, revenueModels: [], openRiskCategories: [] };

export function isEmptyProfile(plan: PlanProfile): boolean {
  return plan.sectors.length === 0 && plan.stage === null && plan.revenueModels.length === 0 && plan.openRiskCategories.length === 0;
}

function reasonsFor(tags: CaseTags, plan: PlanProfile): MatchReason[] {
  const reasons: MatchReason[] = [];
  for (const tag of tags.sectors) if (plan.sectors.includes(tag)) reasons.push({ kind: "sector", tag });
  for (const tag of tags.revenueModels) if (plan.revenueModels.includes(tag)) reasons.push({ kind: "revenueModel", tag });
  if (plan.stage && tags.stages.includes(plan.stage)) reasons.push({ kind: "stage", tag: plan.stage });
  for (const tag of tags.riskCategories) if (plan.openRiskCategories.includes(tag)) reasons.push({ kind: "riskCategory", tag });
  return reasons;
}

/**
 * Every card, best match first; equal scores are ordered by id so the result never depends on
 * input order. An empty plan has nothing to compare: cards keep their given (curated) order,
 * with score 0 and no reasons.
 */
export function rankSimilar(cards: readonly { id: string; tags: CaseTags }[], plan: PlanProfile): SimilarMatch[] {
  if (isEmptyProfile(plan)) return cards.map((card) => ({ id: card.id, score: 0, reasons: [] }));
  return cards
    .map((card) => {
      const reasons = reasonsFor(card.tags, plan);
      return { id: card.id, score: reasons.reduce((sum, r) => sum + SIMILARITY_WEIGHTS[r.kind], 0), reasons };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// Keywords that map the plan's free-text sector to sector tags. English keywords match at the start
// of a word ("medic" matches "medical"); Chinese keywords match anywhere.
const SECTOR_KEYWORDS: Record<SectorTag, { en: string[]; zh: string[] }> = {
  crossIndustry: { en: ["cross-industry", "horizontal", "developer tool", "devtool", "infrastructure", "general purpose"], zh: ["跨行业", "通用", "开发者", "基础设施"] },
  finance: { en: ["financ", "fintech", "bank", "insur", "credit", "loan", "lending", "invest", "wealth", "payment", "trading"], zh: ["金融", "银行", "保险", "信贷", "贷款", "投资", "理财", "投顾", "证券", "支付"] },
  healthcare: { en: ["health", "medic", "clinic", "hospital", "pharma", "drug", "diagnos", "patient", "biotech", "life science"], zh: ["医疗", "医院", "健康", "诊断", "药", "临床", "医生", "生物医"] },
  ecommerce: { en: ["e-commerce", "ecommerce", "retail", "shop", "marketplace", "commerce"], zh: ["电商", "零售", "购物", "商城", "电子商务"] },
  customerService: { en: ["customer service", "customer support", "support desk", "helpdesk", "help desk", "call cent", "contact cent"], zh: ["客服", "客户服务", "呼叫中心"] },
  education: { en: ["educat", "edtech", "e-learning", "tutor", "school", "teach", "course"], zh: ["教育", "培训", "辅导", "学校", "课程", "教学"] },
  marketing: { en: ["marketing", "advertis", "adtech", "media", "content creat"], zh: ["营销", "广告", "媒体", "内容创作"] },
  autonomousDriving: { en: ["autonomous", "self-driving", "driving", "automotive", "vehicle", "mobility"], zh: ["自动驾驶", "汽车", "车企", "智能驾驶", "出行"] },
  manufacturing: { en: ["manufactur", "factory", "industrial", "industry 4"], zh: ["制造", "工厂", "工业"] },
  legal: { en: ["legal", "law", "contract", "compliance", "regtech"], zh: ["法律", "法务", "合同", "律师", "律所", "合规"] },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const SECTOR_MATCHERS = (Object.entries(SECTOR_KEYWORDS) as [SectorTag, { en: string[]; zh: string[] }][]).map(([tag, { en, zh }]) => ({
  tag,
  en: new RegExp(`(^|[^a-z])(${en.map(escapeRegExp).join("|")})`, "i"),
  zh,
}));

/** Sector tags for the plan's free-text sector, in tag order; [] when nothing is recognised. */
export function sectorTagsFromText(text: string): SectorTag[] {
  const value = text.trim();
  if (!value) return [];
  return SECTOR_MATCHERS.filter((m) => m.en.test(value) || m.zh.some((kw) => value.includes(kw))).map((m) => m.tag);
}

// ---------------------------------------------------------------------------------------------
// One view of a case, whether from the library (in the reader's language) or written by the team.

export type CaseView = {
  id: string;
  origin: "library" | "own";
  kind: LibraryKind | OwnCaseKind;
  title: string;
  context: string;
  approach: string;
  businessModel: string;
  whatHappened: string;
  risks: { text: string; category: CaseRiskCategory | null }[];
  lessons: string[];
  corrections: string[];
  tags: CaseTags;
  /** Source documents of a library card. */
  sourceDocs: SourceDoc[];
  /** The team's own note on where an own case comes from. */
  sourceNote: string;
  sourceQuality: SourceQuality;
};

/** An own case as stored (tag columns are plain strings; unknown values are dropped on read). */
export type OwnCaseRecord = {
  id: string;
  kind: string;
  title: string;
  context: string;
  approach: string;
  businessModel: string;
  whatHappened: string;
  risks: string;
  lessons: string;
  sectors: string[];
  aiPatterns: string[];
  revenueModels: string[];
  stages: string[];
  outcome: string;
  failureCauses: string[];
  riskCategories: string[];
  source: string;
  sourceQuality: string;
};

function known<T extends string>(allowed: readonly T[], values: readonly string[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

function oneOf<T extends string>(allowed: readonly T[], value: string, fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Non-empty trimmed lines: own cases keep one risk or lesson per line. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function libraryCardView(card: LibraryCard, locale: Locale): CaseView {
  const pick = (text: { en: string; zh: string }) => (locale === "zh-CN" ? text.zh : text.en);
  return {
    id: card.id,
    origin: "library",
    kind: card.kind,
    title: pick(card.title),
    context: pick(card.context),
    approach: pick(card.approach),
    businessModel: pick(card.businessModel),
    whatHappened: pick(card.whatHappened),
    risks: card.risks.map((risk) => ({ text: pick(risk), category: risk.category })),
    lessons: card.lessons.map(pick),
    corrections: card.corrections.map(pick),
    tags: card.tags,
    sourceDocs: card.sources,
    sourceNote: "",
    sourceQuality: card.sourceQuality,
  };
}

export function ownCaseView(record: OwnCaseRecord): CaseView {
  return {
    id: record.id,
    origin: "own",
    kind: oneOf(OWN_CASE_KINDS, record.kind, "analogue"),
    title: record.title,
    context: record.context,
    approach: record.approach,
    businessModel: record.businessModel,
    whatHappened: record.whatHappened,
    risks: lines(record.risks).map((text) => ({ text, category: null })),
    lessons: lines(record.lessons),
    corrections: [],
    tags: {
      sectors: known(SECTOR_TAGS, record.sectors),
      aiPatterns: known(AI_PATTERNS, record.aiPatterns),
      revenueModels: known(REVENUE_MODELS, record.revenueModels),
      stages: known(STAGES, record.stages),
      outcome: oneOf(OUTCOMES, record.outcome, "unknown"),
      failureCauses: known(FAILURE_CAUSES, record.failureCauses),
      riskCategories: known(CASE_RISK_CATEGORIES, record.riskCategories),
    },
    sourceDocs: [],
    sourceNote: record.source,
    sourceQuality: oneOf(OWN_SOURCE_QUALITIES, record.sourceQuality, "teamUnverified"),
  };
}

/** The editable fields of an own case, typed, for the editor's initial values. */
export type OwnCaseFormValues = Omit<OwnCaseRecord, "id" | "kind" | "outcome" | "sourceQuality" | keyof CaseTags> &
  CaseTags & { kind: OwnCaseKind; sourceQuality: (typeof OWN_SOURCE_QUALITIES)[number] };

export function ownCaseFormValues(record: OwnCaseRecord): OwnCaseFormValues {
  const view = ownCaseView(record);
  return {
    kind: oneOf(OWN_CASE_KINDS, record.kind, "analogue"),
    title: record.title,
    context: record.context,
    approach: record.approach,
    businessModel: record.businessModel,
    whatHappened: record.whatHappened,
    risks: record.risks,
    lessons: record.lessons,
    ...view.tags,
    source: record.source,
    sourceQuality: oneOf(OWN_SOURCE_QUALITIES, record.sourceQuality, "teamUnverified"),
  };
}

// ---------------------------------------------------------------------------------------------
// Search and filters: a case-insensitive text match plus one value per tag dimension.

export const MAX_QUERY_LENGTH = 100;

export type CaseFilter = {
  q: string;
  sector: SectorTag | null;
  pattern: AiPattern | null;
  revenue: RevenueModelId | null;
  stage: Stage | null;
  outcome: Outcome | null;
  cause: FailureCause | null;
};

type Params = Record<string, string | string[] | undefined>;

function param<T extends string>(params: Params, key: string, allowed: readonly T[]): T | null {
  const raw = params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the filter from URL search params; unknown values are ignored rather than failing. */
export function parseCaseFilter(params: Params): CaseFilter {
  const rawQ = params.q;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  return {
    q,
    sector: param(params, "sector", SECTOR_TAGS),
    pattern: param(params, "pattern", AI_PATTERNS),
    revenue: param(params, "revenue", REVENUE_MODELS),
    stage: param(params, "stage", STAGES),
    outcome: param(params, "outcome", OUTCOMES),
    cause: param(params, "cause", FAILURE_CAUSES),
  };
}

export function isFilterActive(filter: CaseFilter): boolean {
  return Object.values(filter).some((value) => value !== null && value !== "");
}

/** All text a search looks at, in the view's language. */
export function caseSearchText(view: CaseView): string {
  return [
    view.title,
    view.context,
    view.approach,
    view.businessModel,
    view.whatHappened,
    ...view.risks.map((r) => r.text),
    ...view.lessons,
    ...view.corrections,
    view.sourceNote,
  ].join("\n");
}

export function matchesTags(tags: CaseTags, filter: CaseFilter): boolean {
  return (
    (filter.sector === null || tags.sectors.includes(filter.sector)) &&
    (filter.pattern === null || tags.aiPatterns.includes(filter.pattern)) &&
    (filter.revenue === null || tags.revenueModels.includes(filter.revenue)) &&
    (filter.stage === null || tags.stages.includes(filter.stage)) &&
    (filter.outcome === null || tags.outcome === filter.outcome) &&
    (filter.cause === null || tags.failureCauses.includes(filter.cause))
  );
}

export function matchesCaseFilter(view: CaseView, filter: CaseFilter): boolean {
  if (!matchesTags(view.tags, filter)) return false;
  return filter.q === "" || caseSearchText(view).toLowerCase().includes(filter.q.toLowerCase());
}

/** Where an applied lesson lives now: the risk opened in the register, or the canvas. */
export function appliedHref(projectId: string, target: "risk" | "canvasNote", targetId: string): string {
  const id = encodeURIComponent(targetId);
  return target === "risk" ? `/projects/${projectId}/risks?open=${id}#risk-${id}` : `/projects/${projectId}/business-model`;
}
