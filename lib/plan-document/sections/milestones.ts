import { randomUUID } from "node:crypto";
import { isQualityCheck } from "@/lib/milestones/model";
import type { ProjectSelect } from "../data";
import { asDate, byCreation, isoDate, rowsOf, singleton, type SectionPart } from "./part";

const select = {
  projectPlan: { select: { goals: true, taskBreakdown: true, timetable: true, resources: true, trackingTool: true, feedbackLoop: true } },
  milestones: {
    select: { id: true, title: true, owner: true, startDate: true, dueDate: true, status: true, notes: true, dependsOn: { select: { dependsOnId: true } } },
    orderBy: [...byCreation],
  },
  executionChecks: { select: { checkId: true, state: true } },
} as const satisfies ProjectSelect;

export const milestonesPart: SectionPart<"milestones", typeof select> = {
  select,
  assemble: (rows) => {
    // Milestones point only at each other: their keys are local to this section.
    const keys = new Map(rows.milestones.map((m, i) => [m.id, `milestone-${i + 1}`]));
    const order = new Map(rows.milestones.map((m, i) => [m.id, i]));
    return {
      plan: rows.projectPlan,
      milestones: rows.milestones.map(({ id, dependsOn, startDate, dueDate, ...milestone }) => ({
        key: keys.get(id)!,
        ...milestone,
        startDate: isoDate(startDate),
        dueDate: isoDate(dueDate),
        dependsOn: dependsOn
          .map((d) => d.dependsOnId)
          .filter((dep) => order.has(dep))
          .sort((a, b) => order.get(a)! - order.get(b)!)
          .map((dep) => keys.get(dep)!),
      })),
      checks: rows.executionChecks.filter((c) => c.state !== "notApplicable").map((c) => c.checkId).filter(isQualityCheck),
      notApplicable: rows.executionChecks.filter((c) => c.state === "notApplicable").map((c) => c.checkId).filter(isQualityCheck),
    };
  },
  // Dependencies point at milestones: they go first.
  clear: (tx, where) => [() => tx.milestoneDependency.deleteMany({ where }), () => tx.milestone.deleteMany({ where }), () => tx.executionCheck.deleteMany({ where })],
  write: async (w, milestones) => {
    const { tx, projectId } = w;
    const ids = new Map(milestones.milestones.map((m) => [m.key, randomUUID()]));
    await singleton(w, milestones.plan, (a) => tx.projectPlan.upsert(a), (a) => tx.projectPlan.deleteMany(a));
    await tx.milestone.createMany({
      data: rowsOf(w, milestones.milestones).map(({ key, dependsOn: _dependsOn, startDate, dueDate, ...m }) => ({
        ...m,
        id: ids.get(key)!,
        startDate: asDate(startDate),
        dueDate: asDate(dueDate),
      })),
    });
    // Dependencies point at milestones, which must exist first.
    await tx.milestoneDependency.createMany({
      data: milestones.milestones.flatMap((m) => m.dependsOn.map((dep) => ({ projectId, milestoneId: ids.get(m.key)!, dependsOnId: ids.get(dep)! }))),
    });
    await tx.executionCheck.createMany({
      data: [
        ...milestones.checks.map((checkId) => ({ projectId, checkId, state: "done" })),
        ...milestones.notApplicable.map((checkId) => ({ projectId, checkId, state: "notApplicable" })),
      ],
    });
  },
};
