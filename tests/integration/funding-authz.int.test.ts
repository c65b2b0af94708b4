// Every funding action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import {
  addRoundAction,
  addUseAction,
  deleteRoundAction,
  deleteUseAction,
  saveChannelAction,
  saveFundingPlanAction,
  saveRoundAction,
  saveUseAction,
  setChannelAction,
} from "@/lib/funding/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const rowId = (prepared: unknown) => (prepared as { id: string }).id;
const round = (w: MatrixWorld) => db.fundingRound.create({ data: { projectId: w.project.id, amount: 500_000 } });
const channel = (w: MatrixWorld) => db.fundingChannel.create({ data: { projectId: w.project.id, kind: "angel" } });
const use = (w: MatrixWorld) => db.fundsUse.create({ data: { projectId: w.project.id, category: "compute", amount: 100_000 } });
const plan = { needAmount: 1_000_000, needTiming: "Q3 2027", rationale: "18 months", structure: "", budgetPlan: "", costMonitoring: "" };
const roundFields = { stage: "seed", amount: 800_000, instrument: "equity", targetDate: "2027-06-30", status: "planned", notes: "" };

describeGateMatrix("funding actions", [
  { name: "saveFundingPlan", permission: "plan.edit", run: (w) => saveFundingPlanAction({ projectId: w.project.id, version: 1, ...plan }) },
  { name: "addRound", permission: "plan.edit", run: (w) => addRoundAction({ projectId: w.project.id }) },
  { name: "saveRound", permission: "plan.edit", prepare: round, run: (w, p) => saveRoundAction({ projectId: w.project.id, id: rowId(p), version: 1, ...roundFields }) },
  { name: "deleteRound", permission: "plan.edit", prepare: round, run: (w, p) => deleteRoundAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "setChannel", permission: "plan.edit", run: (w) => setChannelAction({ projectId: w.project.id, kind: "government", considered: true }) },
  { name: "saveChannel", permission: "plan.edit", prepare: channel, run: (w, p) => saveChannelAction({ projectId: w.project.id, id: rowId(p), version: 1, note: "Two angels met" }) },
  { name: "addUse", permission: "plan.edit", run: (w) => addUseAction({ projectId: w.project.id, category: "data" }) },
  { name: "saveUse", permission: "plan.edit", prepare: use, run: (w, p) => saveUseAction({ projectId: w.project.id, id: rowId(p), version: 1, category: "compute", amount: 120_000, note: "GPU hours" }) },
  { name: "deleteUse", permission: "plan.edit", prepare: use, run: (w, p) => deleteUseAction({ projectId: w.project.id, id: rowId(p) }) },
]);
