// Every market action × every role, a non-member and an anonymous caller.
import { db } from "@/lib/db/client";
import {
  addCompetitorAction,
  addSegmentAction,
  addTrendAction,
  deleteCompetitorAction,
  deleteSegmentAction,
  deleteTrendAction,
  saveResearchAction,
  saveSizeAction,
  updateCompetitorAction,
  updateSegmentAction,
  updateTrendAction,
} from "@/lib/market/actions";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";

const rowId = (prepared: unknown) => (prepared as { id: string }).id;

const segment = (w: MatrixWorld) => db.marketSegment.create({ data: { projectId: w.project.id, name: "Law firms", domain: "other" } });
const competitor = (w: MatrixWorld) => db.marketCompetitor.create({ data: { projectId: w.project.id, name: "Incumbent" } });
const trend = (w: MatrixWorld) => db.marketTrend.create({ data: { projectId: w.project.id, title: "Cheaper inference" } });

describeGateMatrix("market actions", [
  {
    name: "saveResearch",
    permission: "plan.edit",
    run: (w) => saveResearchAction({ projectId: w.project.id, version: 0, objective: "Who buys?", dataCollection: "", analysis: "", findings: "" }),
  },
  {
    name: "saveSize",
    permission: "plan.edit",
    run: (w) => saveSizeAction({ projectId: w.project.id, version: 0, tamValue: 1000, tamSource: "Report", samValue: "", samSource: "", somValue: "", somSource: "", basis: "" }),
  },
  { name: "addSegment", permission: "plan.edit", run: (w) => addSegmentAction({ projectId: w.project.id, name: "Law firms", domain: "other" }) },
  {
    name: "updateSegment",
    permission: "plan.edit",
    prepare: segment,
    run: (w, p) => updateSegmentAction({ projectId: w.project.id, id: rowId(p), version: 1, name: "Mid-size law firms", domain: "other", needs: "" }),
  },
  { name: "deleteSegment", permission: "plan.edit", prepare: segment, run: (w, p) => deleteSegmentAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "addCompetitor", permission: "plan.edit", run: (w) => addCompetitorAction({ projectId: w.project.id, name: "Incumbent" }) },
  {
    name: "updateCompetitor",
    permission: "plan.edit",
    prepare: competitor,
    run: (w, p) =>
      updateCompetitorAction({ projectId: w.project.id, id: rowId(p), version: 1, name: "Incumbent", offering: "", strengths: "", weaknesses: "", differentiation: "Local law" }),
  },
  { name: "deleteCompetitor", permission: "plan.edit", prepare: competitor, run: (w, p) => deleteCompetitorAction({ projectId: w.project.id, id: rowId(p) }) },
  { name: "addTrend", permission: "plan.edit", run: (w) => addTrendAction({ projectId: w.project.id, title: "Multimodal models", trendKey: "multimodal" }) },
  {
    name: "updateTrend",
    permission: "plan.edit",
    prepare: trend,
    run: (w, p) => updateTrendAction({ projectId: w.project.id, id: rowId(p), version: 1, title: "Cheaper inference", impact: "opportunity", note: "" }),
  },
  { name: "deleteTrend", permission: "plan.edit", prepare: trend, run: (w, p) => deleteTrendAction({ projectId: w.project.id, id: rowId(p) }) },
]);
