// Every case-studies action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import { applyLessonAction, createOwnCaseAction, deleteOwnCaseAction, updateOwnCaseAction } from "@/lib/cases/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const ownCaseFields = {
  kind: "competitor",
  title: "LexiCheck",
  context: "A contract-review tool for in-house counsel.",
  approach: "Clause library plus a hosted model.",
  businessModel: "Per-seat subscription.",
  whatHappened: "Raised a seed round; slow enterprise sales.",
  risks: "Price war\nData leak",
  lessons: "Differentiate on workflow\nGet security certification early",
  sectors: ["legal"],
  aiPatterns: ["appOnPretrained"],
  revenueModels: ["subscription"],
  stages: ["MVP"],
  outcome: "unknown",
  failureCauses: [],
  riskCategories: ["competition"],
  source: "Their website and two customer interviews",
  sourceQuality: "teamFirsthand",
};

const seedCase = (w: MatrixWorld) => db.ownCase.create({ data: { projectId: w.project.id, kind: "analogue", title: "Seeded" }, select: { id: true } });

describeGateMatrix("case-studies actions", [
  { name: "createOwnCase", permission: "plan.edit", run: (w) => createOwnCaseAction({ projectId: w.project.id, kind: "competitor", title: "Rival" }) },
  {
    name: "updateOwnCase",
    permission: "plan.edit",
    prepare: seedCase,
    run: (w, c) => updateOwnCaseAction({ projectId: w.project.id, caseId: (c as { id: string }).id, version: 1, ...ownCaseFields }),
  },
  {
    name: "deleteOwnCase",
    permission: "plan.edit",
    prepare: seedCase,
    run: (w, c) => deleteOwnCaseAction({ projectId: w.project.id, caseId: (c as { id: string }).id }),
  },
  {
    name: "applyLesson (risk)",
    permission: "plan.edit",
    run: async (w) => {
      // A risk needs an owner from the plan's team and a review date.
      const owner = await db.teamMember.create({ data: { projectId: w.project.id, name: "Owner" } });
      return applyLessonAction({ projectId: w.project.id, caseId: "anon-failure-positioning", target: "risk", text: "Cash runs out", category: "cashFlow", likelihood: 3, impact: 4, mitigation: "", ownerMemberId: owner.id, nextReview: "2027-02-01" });
    },
  },
  {
    name: "applyLesson (canvas note)",
    permission: "plan.edit",
    run: (w) => applyLessonAction({ projectId: w.project.id, caseId: "openai-gpt", target: "canvasNote", text: "Usage-priced API", block: "revenueStreams" }),
  },
]);
