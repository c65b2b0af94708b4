// Every milestones action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import { addMilestoneAction, deleteMilestoneAction, saveMilestoneAction, savePlanAction, seedChainAction, setCheckAction } from "@/lib/milestones/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const rowId = (prepared: unknown) => (prepared as { id: string }).id;
const milestone = (w: MatrixWorld) => db.milestone.create({ data: { projectId: w.project.id, title: "Design done" } });
const plan = { goals: "Paid pilot", taskBreakdown: "", timetable: "", resources: "", trackingTool: "Jira", feedbackLoop: "" };
const fields = { title: "Design done", owner: "Li", startDate: "2027-01-04", dueDate: "2027-01-24", status: "inProgress", notes: "", dependsOn: [] };

describeGateMatrix("milestones actions", [
  { name: "savePlan", permission: "plan.edit", run: (w) => savePlanAction({ projectId: w.project.id, version: 1, ...plan }) },
  { name: "addMilestone", permission: "plan.edit", run: (w) => addMilestoneAction({ projectId: w.project.id, title: "Kickoff" }) },
  { name: "saveMilestone", permission: "plan.edit", prepare: milestone, run: (w, p) => saveMilestoneAction({ projectId: w.project.id, id: rowId(p), version: 1, ...fields }) },
  { name: "deleteMilestone", permission: "plan.edit", prepare: milestone, run: (w, p) => deleteMilestoneAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "seedChain", permission: "plan.edit", run: (w) => seedChainAction({ projectId: w.project.id, locale: "en" }) },
  { name: "setCheck", permission: "plan.edit", run: (w) => setCheckAction({ projectId: w.project.id, checkId: "codeReview", state: "done" }) },
]);
