import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ComplianceFacts } from "@/lib/plan/facts";
import { LIMITS } from "@/lib/validation/fields";
import { CATALOGUE } from "./catalogue";
import { complianceFacts, LAW_MARKETS, type ComplianceMarket, type ComplianceStatus, type ComplianceTopic } from "./model";
import { ANSWERS, DOMAINS, OBLIGATION_STATUSES, type Answer, type Domain, type LawMarket, type ObligationFacts, type ObligationRecord, type ObligationStatus, type PlanSignals } from "./obligations";

export const planSelect = { ipStrategy: true, version: true } as const;
export const itemSelect = { id: true, catalogueKey: true, market: true, topic: true, title: true, status: true, owner: true, notes: true, version: true } as const;

export type CompliancePlanRecord = { ipStrategy: string; version: number };
export type ComplianceItemRecord = {
  id: string;
  catalogueKey: string | null;
  market: ComplianceMarket;
  topic: ComplianceTopic;
  title: string;
  status: ComplianceStatus;
  owner: string;
  notes: string;
  version: number;
};

export type ComplianceSection = {
  plan: CompliancePlanRecord;
  items: ComplianceItemRecord[];
  ownerSuggestions: string[];
};

const catalogueOrder = new Map(CATALOGUE.map((item, index) => [item.key, index]));

/** Catalogue items in catalogue order, then the founders' own items in the order they were added. */
function byCatalogueOrder(a: { catalogueKey: string | null }, b: { catalogueKey: string | null }) {
  const rank = (i: { catalogueKey: string | null }) => (i.catalogueKey === null ? CATALOGUE.length : (catalogueOrder.get(i.catalogueKey) ?? CATALOGUE.length));
  return rank(a) - rank(b);
}

/** Everything the compliance page shows, in three queries whatever the number of items. */
export const getComplianceSection = cache(async function getComplianceSection(projectId: AuthorizedProjectId): Promise<ComplianceSection> {
  const [plan, items, members] = await Promise.all([
    db.compliancePlan.findUnique({ where: { projectId }, select: planSelect }),
    db.complianceItem.findMany({ where: { projectId }, select: itemSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.teamMember.findMany({ where: { projectId }, select: { name: true }, orderBy: { name: "asc" }, take: LIMITS.list }),
  ]);
  return {
    plan: plan ?? { ipStrategy: "", version: 1 },
    items: [...items].sort(byCatalogueOrder),
    ownerSuggestions: [...new Set(members.map((m) => m.name))],
  };
});

/** What compliance tells the rest of the app (lib/plan/facts.ts), in two queries. */
export const getComplianceFacts = cache(async function getComplianceFacts(projectId: AuthorizedProjectId): Promise<ComplianceFacts> {
  const [plan, items] = await Promise.all([
    db.compliancePlan.findUnique({ where: { projectId }, select: { ipStrategy: true } }),
    db.complianceItem.findMany({ where: { projectId }, select: { market: true, topic: true, status: true, owner: true } }),
  ]);
  return complianceFacts(items, plan?.ipStrategy ?? "");
});

export function countItems(projectId: AuthorizedProjectId) {
  return db.complianceItem.count({ where: { projectId } });
}

// ── AI obligations calendar ────────────────────────────────────────────────────────────────

export const profileSelect = {
  markets: true,
  domains: true,
  publicGenerative: true,
  publicOpinion: true,
  personalInfo: true,
  sensitivePersonalInfo: true,
  largeScalePersonalInfo: true,
  usPhi: true,
  euGpaiProvider: true,
  euHighRisk: true,
  euAnnexIProduct: true,
  version: true,
} as const;

export const obligationSelect = { obligationKey: true, status: true, owner: true, dueDate: true, evidence: true, version: true } as const;

const isOneOf = <T extends string>(list: readonly T[]) => (v: string): v is T => (list as readonly string[]).includes(v);
const answerOf = (v: string): Answer => (isOneOf(ANSWERS)(v) ? v : "unsure");

type ProfileRow = { markets: string[]; domains: string[]; version: number } & Record<Exclude<keyof typeof profileSelect, "markets" | "domains" | "version">, string>;

/** A stored profile as facts; unknown stored values read as "unsure" and are dropped from lists. */
export function profileView(row: ProfileRow): ObligationFacts & { version: number } {
  return {
    markets: row.markets.filter(isOneOf<LawMarket>(LAW_MARKETS)),
    domains: row.domains.filter(isOneOf<Domain>(DOMAINS)),
    publicGenerative: answerOf(row.publicGenerative),
    publicOpinion: answerOf(row.publicOpinion),
    personalInfo: answerOf(row.personalInfo),
    sensitivePersonalInfo: answerOf(row.sensitivePersonalInfo),
    largeScalePersonalInfo: answerOf(row.largeScalePersonalInfo),
    usPhi: answerOf(row.usPhi),
    euGpaiProvider: answerOf(row.euGpaiProvider),
    euHighRisk: answerOf(row.euHighRisk),
    euAnnexIProduct: answerOf(row.euAnnexIProduct),
    version: row.version,
  };
}

export function obligationView(row: { obligationKey: string; status: string; owner: string; dueDate: Date | null; evidence: string; version: number }): ObligationRecord {
  return {
    ...row,
    status: isOneOf<ObligationStatus>(OBLIGATION_STATUSES)(row.status) ? row.status : "open",
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
  };
}

/**
 * What the obligations step needs, in five queries whatever the plan's size: the stored profile
 * (null until first saved), the plan signals its first answers come from, and the tracked records.
 */
export async function getObligationsStep(projectId: AuthorizedProjectId) {
  const [project, profile, items, sources, records] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { sector: true } }),
    db.complianceProfile.findUnique({ where: { projectId }, select: profileSelect }),
    db.complianceItem.groupBy({ by: ["market", "status"], where: { projectId }, _count: { _all: true } }),
    db.platformDataSource.groupBy({ by: ["sensitivity"], where: { projectId }, _count: { _all: true } }),
    db.complianceObligation.findMany({ where: { projectId }, select: obligationSelect }),
  ]);
  const count = (sensitivity: string) => sources.find((s) => s.sensitivity === sensitivity)?._count._all ?? 0;
  const signals: PlanSignals = {
    sector: project.sector,
    // A market is served unless every item of it in the checklist is marked not applicable.
    servedMarkets: LAW_MARKETS.filter((market) => items.some((g) => g.market === market && g.status !== "notApplicable")),
    personalDataSources: count("personal"),
    sensitiveDataSources: count("sensitivePersonal"),
  };
  return { profile: profile ? profileView(profile) : null, signals, records: records.map(obligationView) };
}

export type ObligationsStep = Awaited<ReturnType<typeof getObligationsStep>>;
