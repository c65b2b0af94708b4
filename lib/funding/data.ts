import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { FundingFacts } from "@/lib/plan/facts";
import { EMPTY_FUNDING_PLAN, fundingFacts, type ChannelKind, type FundingPlanValues, type FundingStage, type Instrument, type RoundStatus, type UseCategory } from "./model";

export const planSelect = { needAmount: true, needTiming: true, rationale: true, structure: true, budgetPlan: true, costMonitoring: true, version: true } as const;
export const roundSelect = { id: true, stage: true, amount: true, instrument: true, targetDate: true, status: true, notes: true, version: true } as const;
export const channelSelect = { id: true, kind: true, note: true, version: true } as const;
export const useSelect = { id: true, category: true, amount: true, note: true, version: true } as const;

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export type FundingPlanRecord = FundingPlanValues & { version: number };
export type RoundRecord = { id: string; stage: FundingStage; amount: number; instrument: Instrument; targetDate: string | null; status: RoundStatus; notes: string; version: number };
export type ChannelRecord = { id: string; kind: ChannelKind; note: string; version: number };
export type UseRecord = { id: string; category: UseCategory; amount: number; note: string; version: number };

export const toRound = (row: Omit<RoundRecord, "targetDate"> & { targetDate: Date | null }): RoundRecord => ({ ...row, targetDate: isoDate(row.targetDate) });
export const toChannel = (row: ChannelRecord): ChannelRecord => ({ ...row });

export type FundingSection = {
  plan: FundingPlanRecord;
  rounds: RoundRecord[];
  channels: ChannelRecord[];
  uses: UseRecord[];
};

/** Everything the funding page shows, in four queries whatever the number of rows. */
export const getFundingSection = cache(async function getFundingSection(projectId: AuthorizedProjectId): Promise<FundingSection> {
  const [plan, rounds, channels, uses] = await Promise.all([
    db.fundingPlan.findUnique({ where: { projectId }, select: planSelect }),
    db.fundingRound.findMany({ where: { projectId }, select: roundSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.fundingChannel.findMany({ where: { projectId }, select: channelSelect, orderBy: { kind: "asc" } }),
    db.fundsUse.findMany({ where: { projectId }, select: useSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  return {
    plan: plan ?? { ...EMPTY_FUNDING_PLAN, version: 1 },
    rounds: rounds.map(toRound),
    channels,
    uses,
  };
});

/** What funding tells the rest of the app (lib/plan/facts.ts); same four queries. */
export const getFundingFacts = cache(async function getFundingFacts(projectId: AuthorizedProjectId): Promise<FundingFacts> {
  const section = await getFundingSection(projectId);
  return fundingFacts(section);
});

/** How many rows a project has, to refuse adding past the list limit. */
export function countRounds(projectId: AuthorizedProjectId) {
  return db.fundingRound.count({ where: { projectId } });
}

export function countUses(projectId: AuthorizedProjectId) {
  return db.fundsUse.count({ where: { projectId } });
}
