// Every team action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import {
  addHireAction,
  addMemberAction,
  deleteHireAction,
  deleteMemberAction,
  saveRolesAction,
  saveStrategyAction,
  updateHireAction,
  updateMemberAction,
} from "@/lib/team/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const skills = { mlResearch: 1, mlEngineering: 2 };
const memberFields = { name: "Lin", title: "CTO", commitment: "FULL_TIME", roles: ["deepLearningEngineer"], skills, equityPct: 20, monthlyCost: 30000 };
const hireFields = { roleId: "dataScientist", title: "", priority: "HIGH", targetMonth: "2027-01", monthlyBudget: 20000, channel: "universities", status: "PLANNED", notes: "" };

const seedMember = (w: MatrixWorld) => db.teamMember.create({ data: { projectId: w.project.id, name: "Existing" }, select: { id: true } });
const seedHire = (w: MatrixWorld) => db.teamHire.create({ data: { projectId: w.project.id, roleId: "dataScientist", targetMonth: "2027-01" }, select: { id: true } });

describeGateMatrix("team actions", [
  {
    name: "saveRoles",
    permission: "plan.edit",
    run: (w) => saveRolesAction({ projectId: w.project.id, version: 0, scenario: "Contract review", rolesNow: ["deepLearningEngineer"], rolesLater: [] }),
  },
  { name: "addMember", permission: "plan.edit", run: (w) => addMemberAction({ projectId: w.project.id, name: "Lin" }) },
  {
    name: "updateMember",
    permission: "plan.edit",
    prepare: seedMember,
    run: (w, m) => updateMemberAction({ projectId: w.project.id, memberId: (m as { id: string }).id, version: 1, ...memberFields }),
  },
  {
    name: "deleteMember",
    permission: "plan.edit",
    prepare: seedMember,
    run: (w, m) => deleteMemberAction({ projectId: w.project.id, memberId: (m as { id: string }).id }),
  },
  { name: "addHire", permission: "plan.edit", run: (w) => addHireAction({ projectId: w.project.id, roleId: "mlopsEngineer", priority: "HIGH", start: "now" }) },
  {
    name: "updateHire",
    permission: "plan.edit",
    prepare: seedHire,
    run: (w, h) => updateHireAction({ projectId: w.project.id, hireId: (h as { id: string }).id, version: 1, ...hireFields }),
  },
  {
    name: "deleteHire",
    permission: "plan.edit",
    prepare: seedHire,
    run: (w, h) => deleteHireAction({ projectId: w.project.id, hireId: (h as { id: string }).id }),
  },
  {
    name: "saveStrategy",
    permission: "plan.edit",
    run: (w) => saveStrategyAction({ projectId: w.project.id, version: 0, recruitmentStandards: "Shipped models in production" }),
  },
]);
