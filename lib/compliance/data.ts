import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { ComplianceFacts } from "@/lib/plan/facts";
import { LIMITS } from "@/lib/validation/fields";
import { CATALOGUE } from "./catalogue";
import { complianceFacts, type ComplianceMarket, type ComplianceStatus, type ComplianceTopic } from "./model";

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
export async function getComplianceSection(projectId: AuthorizedProjectId): Promise<ComplianceSection> {
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
}

/** What compliance tells the rest of the app (lib/plan/facts.ts), in two queries. */
export async function getComplianceFacts(projectId: AuthorizedProjectId): Promise<ComplianceFacts> {
  const [plan, items] = await Promise.all([
    db.compliancePlan.findUnique({ where: { projectId }, select: { ipStrategy: true } }),
    db.complianceItem.findMany({ where: { projectId }, select: { market: true, topic: true, status: true, owner: true } }),
  ]);
  return complianceFacts(items, plan?.ipStrategy ?? "");
}

export function countItems(projectId: AuthorizedProjectId) {
  return db.complianceItem.count({ where: { projectId } });
}
