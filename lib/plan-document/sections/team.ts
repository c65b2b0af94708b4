import { costSchedule } from "@/lib/team/cost";
import type { ProjectSelect } from "../data";
import { byCreation, rowsOf, singleton, type SectionPart } from "./part";

const strategy = {
  recruitmentStandards: true,
  recruitmentChannels: true,
  interviewProcess: true,
  trainingPlan: true,
  knowledgeSharing: true,
  salaryLevel: true,
  equityPool: true,
  bonus: true,
  careerPath: true,
  workingMethod: true,
  meetingCadence: true,
  tools: true,
  responsibilities: true,
  backupPlan: true,
} as const;

const select = {
  teamPlan: { select: { scenario: true, rolesNow: true, rolesLater: true } },
  teamMembers: { select: { id: true, name: true, title: true, commitment: true, roles: true, skills: true, equityPct: true, monthlyCost: true }, orderBy: [...byCreation] },
  teamHires: {
    select: { roleId: true, title: true, priority: true, targetMonth: true, monthlyBudget: true, channel: true, status: true, notes: true },
    orderBy: [...byCreation],
  },
  teamStrategy: { select: strategy },
} as const satisfies ProjectSelect;

export const teamPart: SectionPart<"team", typeof select> = {
  select,
  assemble: (rows, keys) => ({
    plan: rows.teamPlan,
    members: rows.teamMembers.map(({ id, ...member }) => ({ key: keys.member.get(id)!, ...member })),
    hires: rows.teamHires,
    strategy: rows.teamStrategy,
  }),
  clear: (tx, where) => [() => tx.teamMember.deleteMany({ where }), () => tx.teamHire.deleteMany({ where })],
  write: async (w, team) => {
    const { tx, projectId, now } = w;
    await singleton(w, team.plan, (a) => tx.teamPlan.upsert(a), (a) => tx.teamPlan.deleteMany(a));
    await singleton(w, team.strategy, (a) => tx.teamStrategy.upsert(a), (a) => tx.teamStrategy.deleteMany(a));
    await tx.teamMember.createMany({ data: rowsOf(w, team.members).map(({ key, ...m }) => ({ ...m, id: w.ids.member.get(key)! })) });
    await tx.teamHire.createMany({ data: rowsOf(w, team.hires) });
    // The team's stored monthly cost is derived from members and hires (lib/team/cost.ts).
    const schedule = costSchedule(team.members, team.hires);
    const cost = { memberMonthlyCost: schedule.memberMonthlyCost, hireCostSteps: schedule.hireCostSteps, computedAt: now };
    await tx.teamCost.upsert({ where: { projectId }, create: { projectId, ...cost }, update: cost });
  },
};
