import "server-only";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import type { SharedProjectId } from "@/lib/authz/share";
import { getBusinessModelFacts } from "@/lib/business-model/data";
import { db } from "@/lib/db/client";
import { getFundingSection } from "@/lib/funding/data";
import { isOverdue } from "@/lib/milestones/model";
import { computeLiveReadiness, getLatestReadiness } from "@/lib/readiness/data";
import { bandOf } from "@/lib/risks/model";
import { getTeamFacts } from "@/lib/team/data";
import { byRevision } from "@/lib/plan-cache/cache";
import { CANVAS_BLOCKS, type CanvasBlock } from "@/lib/plan/facts";
import { SUMMARY_VERSION, type InvestorSummary } from "./model";

/** How much of each list an investor sees; the summary is a one-page story, not the plan. */
const SHOWN = { members: 12, openRoles: 8, risks: 8, notesPerBlock: 4, milestones: 6 } as const;

/**
 * The investor summary of a project as it is now. It accepts a member's authorized id or a share
 * link's capability id — the only loader that does; the section loaders it reads from are called
 * with that id because this function only ever returns the summary's fields. A constant number of
 * queries whatever the size of the plan (lists are limited in the database, not in memory). Built
 * once per plan revision and day (lib/plan-cache); `generatedAt` is the time of each call, since the
 * content is the plan as it is at that time.
 */
export async function buildInvestorSummary(projectId: AuthorizedProjectId | SharedProjectId): Promise<InvestorSummary> {
  const summary = await byRevision("summary", projectId, () => readInvestorSummary(projectId));
  return { ...summary, generatedAt: new Date().toISOString() };
}

async function readInvestorSummary(projectId: AuthorizedProjectId | SharedProjectId): Promise<InvestorSummary> {
  const id = projectId as AuthorizedProjectId;
  const today = new Date().toISOString().slice(0, 10);
  const [project, members, hires, notes, risks, milestones, team, businessModel, funding, readiness] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id }, select: { name: true, oneLiner: true, sector: true, stage: true, currency: true } }),
    db.teamMember.findMany({
      where: { projectId: id },
      select: { name: true, title: true, commitment: true, roles: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: SHOWN.members,
    }),
    db.teamHire.findMany({
      where: { projectId: id, status: { not: "FILLED" } },
      select: { roleId: true, priority: true, targetMonth: true },
      orderBy: [{ targetMonth: "asc" }, { id: "asc" }],
      take: SHOWN.openRoles,
    }),
    db.canvasNote.findMany({ where: { projectId: id }, select: { block: true, text: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], take: CANVAS_BLOCKS.length * 10 }),
    db.risk.findMany({
      where: { projectId: id, status: { not: "closed" } },
      select: { title: true, category: true, likelihood: true, impact: true, score: true, mitigation: true, contingency: true, status: true },
      orderBy: [{ score: "desc" }, { title: "asc" }],
      take: SHOWN.risks,
    }),
    db.milestone.findMany({
      where: { projectId: id, status: { not: "done" } },
      select: { title: true, dueDate: true, status: true },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { title: "asc" }],
      take: SHOWN.milestones,
    }),
    getTeamFacts(id),
    getBusinessModelFacts(id),
    getFundingSection(id),
    getLatestReadiness(projectId),
  ]);

  // Plans never scored yet (no snapshot) show the score computed now.
  const score = readiness
    ? { total: readiness.total, band: readiness.band, sections: readiness.sections }
    : await computeLiveReadiness(id).then(({ result }) => ({ total: result.total, band: result.band, sections: result.sections }));

  const canvas: Partial<Record<CanvasBlock, string[]>> = {};
  for (const note of notes) {
    const block = note.block as CanvasBlock;
    const list = (canvas[block] ??= []);
    if (list.length < SHOWN.notesPerBlock) list.push(note.text);
  }
  const hasTeam = team.memberCount > 0 || team.rolesNeededNow.length > 0;
  const hasFunding = funding.plan.needAmount !== null || funding.rounds.length > 0 || funding.uses.length > 0;

  return {
    version: SUMMARY_VERSION,
    generatedAt: new Date().toISOString(),
    project,
    team: hasTeam
      ? {
          members,
          neededRoles: team.rolesNeededNow.map((role) => ({ role, status: team.roleCoverage[role] ?? "missing" })),
          openRoles: hires.map((h) => ({ role: h.roleId, priority: h.priority, targetMonth: h.targetMonth || null })),
        }
      : null,
    businessModel:
      businessModel.revenueModels.length > 0 || notes.length > 0 || businessModel.cashOnHand !== null
        ? {
            canvas,
            revenueModels: businessModel.revenueModels,
            grossMarginPct: businessModel.grossMarginPct,
            ltvToCac: businessModel.ltvToCac,
            paybackMonths: businessModel.paybackMonths,
            monthlyRevenue: businessModel.monthlyRevenue,
            monthlyCosts: businessModel.monthlyCosts,
            cashOnHand: businessModel.cashOnHand,
            runway: businessModel.runway,
            runwayWithRaise: businessModel.runwayWithRaise,
          }
        : null,
    risks: risks.map((r) => ({ ...r, band: bandOf(r.score) })),
    readiness: { total: score.total, band: score.band, sections: score.sections.map((s) => ({ id: s.id, score: s.score, max: s.weight })) },
    funding: hasFunding
      ? {
          needAmount: funding.plan.needAmount,
          timing: funding.plan.needTiming,
          rounds: funding.rounds.map((r) => ({ stage: r.stage, amount: r.amount, instrument: r.instrument, targetDate: r.targetDate, status: r.status })),
          useOfFunds: funding.uses.map((u) => ({ category: u.category, amount: u.amount })),
        }
      : null,
    milestones: milestones.map((m) => {
      const due = m.dueDate ? m.dueDate.toISOString().slice(0, 10) : null;
      return { title: m.title, due, status: m.status, overdue: isOverdue({ status: m.status as "planned", dueDate: due }, today) };
    }),
  };
}
