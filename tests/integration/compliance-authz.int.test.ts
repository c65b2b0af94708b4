// Every compliance action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import { addItemAction, deleteItemAction, saveCompliancePlanAction, saveComplianceProfileAction, saveItemAction, saveObligationAction, seedChecklistAction } from "@/lib/compliance/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const rowId = (prepared: unknown) => (prepared as { id: string }).id;
const custom = (w: MatrixWorld) => db.complianceItem.create({ data: { projectId: w.project.id, market: "china", topic: "other", title: "Industry licence" } });

describeGateMatrix("compliance actions", [
  { name: "seedChecklist", permission: "plan.edit", run: (w) => seedChecklistAction({ projectId: w.project.id }) },
  { name: "saveCompliancePlan", permission: "plan.edit", run: (w) => saveCompliancePlanAction({ projectId: w.project.id, version: 1, ipStrategy: "Trade secrets" }) },
  {
    name: "saveItem",
    permission: "plan.edit",
    prepare: custom,
    run: (w, p) => saveItemAction({ projectId: w.project.id, id: rowId(p), version: 1, title: "Industry licence", status: "inProgress", owner: "Wang", notes: "" }),
  },
  { name: "addItem", permission: "plan.edit", run: (w) => addItemAction({ projectId: w.project.id, market: "eu", topic: "other", title: "Product liability" }) },
  { name: "deleteItem", permission: "plan.edit", prepare: custom, run: (w, p) => deleteItemAction({ projectId: w.project.id, id: rowId(p) }) },
  {
    name: "saveComplianceProfile",
    permission: "plan.edit",
    run: (w) =>
      saveComplianceProfileAction({
        projectId: w.project.id,
        version: 0,
        markets: ["china"],
        domains: ["legal"],
        publicGenerative: "yes",
        publicOpinion: "yes",
        personalInfo: "yes",
        sensitivePersonalInfo: "unsure",
        largeScalePersonalInfo: "no",
        usPhi: "no",
        euGpaiProvider: "no",
        euHighRisk: "no",
        euAnnexIProduct: "no",
      }),
  },
  {
    name: "saveObligation",
    permission: "plan.edit",
    run: (w) => saveObligationAction({ projectId: w.project.id, obligationKey: "cnAlgorithmFiling", version: 0, status: "inProgress", owner: "Wang", dueDate: "2027-03-15", evidence: "" }),
  },
]);
