import { CHANNEL_KINDS } from "@/lib/funding/model";
import type { ProjectSelect } from "../data";
import { asDate, byCatalogue, byCreation, isoDate, rowsOf, singleton, type SectionPart } from "./part";

const select = {
  fundingPlan: { select: { needAmount: true, needTiming: true, rationale: true, structure: true, budgetPlan: true, costMonitoring: true } },
  fundingRounds: { select: { stage: true, amount: true, instrument: true, targetDate: true, status: true, notes: true }, orderBy: [...byCreation] },
  fundingChannels: { select: { kind: true, note: true } },
  fundsUses: { select: { category: true, amount: true, note: true }, orderBy: [...byCreation] },
} as const satisfies ProjectSelect;

export const fundingPart: SectionPart<"funding", typeof select> = {
  select,
  assemble: (rows) => ({
    plan: rows.fundingPlan,
    rounds: rows.fundingRounds.map((round) => ({ ...round, targetDate: isoDate(round.targetDate) })),
    channels: byCatalogue(rows.fundingChannels, CHANNEL_KINDS, (c) => c.kind),
    uses: rows.fundsUses,
  }),
  clear: (tx, where) => [() => tx.fundingRound.deleteMany({ where }), () => tx.fundingChannel.deleteMany({ where }), () => tx.fundsUse.deleteMany({ where })],
  write: async (w, funding) => {
    const { tx, projectId } = w;
    await singleton(w, funding.plan, (a) => tx.fundingPlan.upsert(a), (a) => tx.fundingPlan.deleteMany(a));
    await tx.fundingRound.createMany({ data: rowsOf(w, funding.rounds).map((r) => ({ ...r, targetDate: asDate(r.targetDate) })) });
    await tx.fundingChannel.createMany({ data: funding.channels.map((c) => ({ ...c, projectId })) });
    await tx.fundsUse.createMany({ data: rowsOf(w, funding.uses) });
  },
};
