// Every platform action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import {
  addComputeLineAction,
  addDataSourceAction,
  addPartnerAction,
  deleteComputeLineAction,
  deleteDataSourceAction,
  deletePartnerAction,
  saveToolingItemAction,
  updateComputeLineAction,
  updateDataSourceAction,
  updatePartnerAction,
} from "@/lib/platform/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const rowId = (prepared: unknown) => (prepared as { id: string }).id;

const dataSource = (w: MatrixWorld) => db.platformDataSource.create({ data: { projectId: w.project.id, name: "Pilot contracts" } });
const computeLine = (w: MatrixWorld) => db.platformComputeLine.create({ data: { projectId: w.project.id, name: "Inference" } });
const partner = (w: MatrixWorld) => db.platformPartner.create({ data: { projectId: w.project.id, name: "Law school" } });

const dataSourceFields = { name: "Pilot contracts", origin: "customer", rights: "documented", rightsNotes: "", quality: "high", qualityNotes: "", sensitivity: "internal" };
const computeFields = { name: "Inference", purpose: "inference", provider: "AWS", accelerator: "NVIDIA A10", quantity: 2, hoursPerMonth: 720, hourlyRate: 1.5 };

describeGateMatrix("platform actions", [
  { name: "addDataSource", permission: "plan.edit", run: (w) => addDataSourceAction({ projectId: w.project.id, name: "Pilot contracts" }) },
  {
    name: "updateDataSource",
    permission: "plan.edit",
    prepare: dataSource,
    run: (w, p) => updateDataSourceAction({ projectId: w.project.id, id: rowId(p), version: 1, ...dataSourceFields }),
  },
  { name: "deleteDataSource", permission: "plan.edit", prepare: dataSource, run: (w, p) => deleteDataSourceAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "addComputeLine", permission: "plan.edit", run: (w) => addComputeLineAction({ projectId: w.project.id, name: "Inference" }) },
  {
    name: "updateComputeLine",
    permission: "plan.edit",
    prepare: computeLine,
    run: (w, p) => updateComputeLineAction({ projectId: w.project.id, id: rowId(p), version: 1, ...computeFields }),
  },
  { name: "deleteComputeLine", permission: "plan.edit", prepare: computeLine, run: (w, p) => deleteComputeLineAction({ projectId: w.project.id, id: rowId(p) }) },
  {
    name: "saveToolingItem",
    permission: "plan.edit",
    run: (w) => saveToolingItemAction({ projectId: w.project.id, itemId: "framework", version: 0, status: "inPlace", tool: "PyTorch" }),
  },
  { name: "addPartner", permission: "plan.edit", run: (w) => addPartnerAction({ projectId: w.project.id, name: "Law school" }) },
  {
    name: "updatePartner",
    permission: "plan.edit",
    prepare: partner,
    run: (w, p) => updatePartnerAction({ projectId: w.project.id, id: rowId(p), version: 1, name: "Law school", kind: "university", status: "talking", contribution: "" }),
  },
  { name: "deletePartner", permission: "plan.edit", prepare: partner, run: (w, p) => deletePartnerAction({ projectId: w.project.id, id: rowId(p) }) },
]);
