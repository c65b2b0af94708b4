// Writes a plan document into a project, each entry point in ONE transaction: restoring into the
// current project (after an automatic BEFORE_RESTORE snapshot, see lib/snapshots/mutations.ts),
// importing into a new project, duplicating a snapshot as a new project. Local keys become new ids,
// and every reference (risk owner, case links, lessons, milestone dependencies) follows them.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Prisma } from "@/lib/db/client";
import type { AuthorizedProjectId, AuthorizedTeamId } from "@/lib/authz/gate";
import { riskScore } from "@/lib/risks/model";
import { costSchedule } from "@/lib/team/cost";
import type { CaseRef, PlanDocument } from "./schema";

type Tx = Prisma.TransactionClient;

/** A whole plan is larger than a section save: give the transaction room (default is 5 s). */
export const PLAN_TRANSACTION = { maxWait: 10_000, timeout: 60_000 } as const;

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Rows get increasing creation times so every list reads back in the document's order. */
function stamps(now: Date, count: number) {
  return (i: number) => new Date(now.getTime() - count + i);
}

function newIds(rows: readonly { key: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.key, randomUUID()]));
}

/** Deletes every section's rows of a project (not its snapshots, links, comments or activity). */
async function clearPlanContent(tx: Tx, projectId: string) {
  const where = { projectId };
  const deletes = [
    () => tx.milestoneDependency.deleteMany({ where }),
    () => tx.teamMember.deleteMany({ where }),
    () => tx.teamHire.deleteMany({ where }),
    () => tx.canvasNote.deleteMany({ where }),
    () => tx.directionAssessment.deleteMany({ where }),
    () => tx.revenueModelChoice.deleteMany({ where }),
    () => tx.risk.deleteMany({ where }),
    () => tx.riskSuggestionDismissal.deleteMany({ where }),
    () => tx.ownCase.deleteMany({ where }),
    () => tx.caseAppliedLesson.deleteMany({ where }),
    () => tx.marketSegment.deleteMany({ where }),
    () => tx.marketCompetitor.deleteMany({ where }),
    () => tx.marketTrend.deleteMany({ where }),
    () => tx.platformDataSource.deleteMany({ where }),
    () => tx.platformComputeLine.deleteMany({ where }),
    () => tx.platformToolingItem.deleteMany({ where }),
    () => tx.platformPartner.deleteMany({ where }),
    () => tx.fundingRound.deleteMany({ where }),
    () => tx.fundingChannel.deleteMany({ where }),
    () => tx.fundsUse.deleteMany({ where }),
    () => tx.milestone.deleteMany({ where }),
    () => tx.executionCheck.deleteMany({ where }),
    () => tx.complianceItem.deleteMany({ where }),
    () => tx.complianceObligation.deleteMany({ where }),
    () => tx.aiPriceEntry.deleteMany({ where }),
    () => tx.aiFeature.deleteMany({ where }),
    () => tx.aiSelfHostScenario.deleteMany({ where }),
    () => tx.aiCredit.deleteMany({ where }),
  ];
  for (const remove of deletes) await remove();
}

/**
 * One-per-project records are updated in place with a new version (an editor still holding the
 * old version gets a conflict instead of silently overwriting the restored text), created when
 * missing, and deleted when the document has none.
 */
function singleton<F extends object>(projectId: string, fields: F | null, upsert: (args: ReturnType<typeof upsertArgs<F>>) => Promise<unknown>, remove: () => Promise<unknown>) {
  return fields === null ? remove() : upsert(upsertArgs(projectId, fields));
}

function upsertArgs<F extends object>(projectId: string, fields: F) {
  return { where: { projectId }, create: { ...fields, projectId }, update: { ...fields, version: { increment: 1 } } };
}

/** Writes all sections of `doc` into a project whose plan content is empty (or was just cleared). */
async function writeSections(tx: Tx, projectId: string, doc: PlanDocument, now: Date) {
  const memberIds = newIds(doc.team.members);
  const caseIds = newIds(doc.cases.own);
  const riskIds = newIds(doc.risks.items);
  const noteIds = newIds(doc.businessModel.canvas);
  const milestoneIds = newIds(doc.milestones.milestones);
  const caseId = (ref: CaseRef | null) => (ref === null ? null : "own" in ref ? caseIds.get(ref.own)! : ref.library);
  /** Adds the project id and increasing creation times to a list's rows. */
  const rowsOf = <T extends object>(list: readonly T[]) => {
    const at = stamps(now, list.length);
    return list.map((row, i) => ({ ...row, projectId, createdAt: at(i) }));
  };
  const where = { projectId };
  const { team, businessModel, risks, cases, market, platform, funding, milestones, compliance } = doc;
  const positionInBlock = new Map<string, number>();

  // Sequential on purpose: one transaction is one connection.
  await singleton(projectId, team.plan, (a) => tx.teamPlan.upsert(a), () => tx.teamPlan.deleteMany({ where }));
  await singleton(projectId, team.strategy, (a) => tx.teamStrategy.upsert(a), () => tx.teamStrategy.deleteMany({ where }));
  await tx.teamMember.createMany({ data: rowsOf(team.members).map(({ key, ...m }) => ({ ...m, id: memberIds.get(key)! })) });
  await tx.teamHire.createMany({ data: rowsOf(team.hires) });

  await tx.canvasNote.createMany({
    data: rowsOf(businessModel.canvas).map(({ key, sourceCase, ...note }) => {
      const position = positionInBlock.get(note.block) ?? 0;
      positionInBlock.set(note.block, position + 1);
      return { ...note, id: noteIds.get(key)!, position, sourceCaseId: caseId(sourceCase) };
    }),
  });
  await tx.directionAssessment.createMany({ data: businessModel.directionTests.map((d) => ({ ...d, projectId })) });
  await tx.revenueModelChoice.createMany({ data: rowsOf(businessModel.revenueModels) });
  await singleton(projectId, businessModel.unitEconomics, (a) => tx.unitEconomics.upsert(a), () => tx.unitEconomics.deleteMany({ where }));
  await singleton(projectId, businessModel.burn, (a) => tx.burnPlan.upsert(a), () => tx.burnPlan.deleteMany({ where }));

  await tx.risk.createMany({
    data: rowsOf(risks.items).map(({ key, owner, sourceCase, nextReview, lastReviewed, ...risk }) => ({
      ...risk,
      id: riskIds.get(key)!,
      score: riskScore(risk.likelihood, risk.impact),
      ownerMemberId: owner === null ? null : memberIds.get(owner)!,
      sourceCaseId: caseId(sourceCase),
      nextReview: asDate(nextReview),
      lastReviewed: lastReviewed ? new Date(lastReviewed) : null,
    })),
  });
  await tx.riskSuggestionDismissal.createMany({ data: risks.dismissedSuggestions.map((suggestionId) => ({ projectId, suggestionId })) });

  await tx.ownCase.createMany({ data: rowsOf(cases.own).map(({ key, ...c }) => ({ ...c, id: caseIds.get(key)! })) });
  await tx.caseAppliedLesson.createMany({
    data: rowsOf(cases.appliedLessons).map(({ case: ref, targetKey, ...lesson }) => ({
      ...lesson,
      caseId: caseId(ref)!,
      targetId: (lesson.target === "risk" ? riskIds : noteIds).get(targetKey)!,
    })),
  });

  await singleton(projectId, market.research, (a) => tx.marketResearch.upsert(a), () => tx.marketResearch.deleteMany({ where }));
  await singleton(projectId, market.size, (a) => tx.marketSize.upsert(a), () => tx.marketSize.deleteMany({ where }));
  await tx.marketSegment.createMany({ data: rowsOf(market.segments) });
  await tx.marketCompetitor.createMany({ data: rowsOf(market.competitors) });
  await tx.marketTrend.createMany({ data: rowsOf(market.trends) });

  await tx.platformDataSource.createMany({ data: rowsOf(platform.dataSources) });
  await tx.platformComputeLine.createMany({ data: rowsOf(platform.computeLines) });
  await tx.platformToolingItem.createMany({ data: platform.tooling.map((t) => ({ ...t, projectId })) });
  await tx.platformPartner.createMany({ data: rowsOf(platform.partners) });
  await singleton(projectId, platform.aiSettings, (a) => tx.aiCostSettings.upsert(a), () => tx.aiCostSettings.deleteMany({ where }));
  await tx.aiPriceEntry.createMany({ data: rowsOf(platform.aiPrices).map(({ asOf, ...entry }) => ({ ...entry, asOf: asDate(asOf) })) });
  await tx.aiFeature.createMany({ data: rowsOf(platform.aiFeatures) });
  await tx.aiSelfHostScenario.createMany({ data: rowsOf(platform.aiSelfHost) });
  await tx.aiCredit.createMany({ data: rowsOf(platform.aiCredits).map(({ startsOn, expiresOn, ...credit }) => ({ ...credit, startsOn: asDate(startsOn), expiresOn: asDate(expiresOn) })) });

  await singleton(projectId, funding.plan, (a) => tx.fundingPlan.upsert(a), () => tx.fundingPlan.deleteMany({ where }));
  await tx.fundingRound.createMany({ data: rowsOf(funding.rounds).map((r) => ({ ...r, targetDate: asDate(r.targetDate) })) });
  await tx.fundingChannel.createMany({ data: funding.channels.map((c) => ({ ...c, projectId })) });
  await tx.fundsUse.createMany({ data: rowsOf(funding.uses) });

  await singleton(projectId, milestones.plan, (a) => tx.projectPlan.upsert(a), () => tx.projectPlan.deleteMany({ where }));
  await tx.milestone.createMany({
    data: rowsOf(milestones.milestones).map(({ key, dependsOn: _dependsOn, startDate, dueDate, ...m }) => ({
      ...m,
      id: milestoneIds.get(key)!,
      startDate: asDate(startDate),
      dueDate: asDate(dueDate),
    })),
  });
  // Dependencies point at milestones, which must exist first.
  await tx.milestoneDependency.createMany({
    data: milestones.milestones.flatMap((m) => m.dependsOn.map((dep) => ({ projectId, milestoneId: milestoneIds.get(m.key)!, dependsOnId: milestoneIds.get(dep)! }))),
  });
  await tx.executionCheck.createMany({
    data: [
      ...milestones.checks.map((checkId) => ({ projectId, checkId, state: "done" })),
      ...milestones.notApplicable.map((checkId) => ({ projectId, checkId, state: "notApplicable" })),
    ],
  });

  await singleton(projectId, compliance.plan, (a) => tx.compliancePlan.upsert(a), () => tx.compliancePlan.deleteMany({ where }));
  await tx.complianceItem.createMany({ data: rowsOf(compliance.items) });
  await singleton(projectId, compliance.profile, (a) => tx.complianceProfile.upsert(a), () => tx.complianceProfile.deleteMany({ where }));
  await tx.complianceObligation.createMany({ data: compliance.obligations.map(({ dueDate, ...o }) => ({ ...o, dueDate: asDate(dueDate), projectId })) });

  // The team's stored monthly cost is derived from members and hires (lib/team/cost.ts).
  const schedule = costSchedule(team.members, team.hires);
  const cost = { memberMonthlyCost: schedule.memberMonthlyCost, hireCostSteps: schedule.hireCostSteps, computedAt: now };
  await tx.teamCost.upsert({ where, create: { projectId, ...cost }, update: cost });
}

/**
 * Replaces the plan content of a project with `doc`, inside the caller's transaction. The caller
 * has taken the project's locks (see lockPlan) and saved what it replaces.
 */
export async function replacePlanContent(tx: Tx, projectId: AuthorizedProjectId, doc: PlanDocument, now: Date) {
  await tx.project.update({ where: { id: projectId }, data: { ...doc.project, version: { increment: 1 } } });
  await clearPlanContent(tx, projectId);
  await writeSections(tx, projectId, doc, now);
}

/**
 * Serialises whole-plan writes with each other and with team writes (which lock the TeamCost row,
 * see lib/team/mutations.ts): project row first, then the team cost row.
 */
export async function lockPlan(tx: Tx, projectId: AuthorizedProjectId) {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
  await tx.teamCost.upsert({ where: { projectId }, create: { projectId }, update: {} });
}

/** A new project in `teamId` holding `doc` (import a file, or duplicate a snapshot "to try a pivot"). */
export async function createProjectFromDocument(teamId: AuthorizedTeamId, doc: PlanDocument, options: { name?: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const project = await tx.project.create({ data: { teamId, ...doc.project, name: options.name ?? doc.project.name }, select: { id: true } });
    await writeSections(tx, project.id, doc, options.now);
    return project;
  }, PLAN_TRANSACTION);
}
