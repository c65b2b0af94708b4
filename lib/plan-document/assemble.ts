// Turns a project's stored rows into a plan document (pure): the project's details, then each
// section's part (./sections). Database ids become local keys given by position ("risk-3"),
// references follow them, and every list has a stable order, so exporting an imported plan gives
// the same document again. References that point nowhere (a risk owner who was removed, a deleted
// case) are dropped, as the sections already show them as "none".
import type { PlanRows } from "./data";
import { PLAN_DOCUMENT_VERSION, PLAN_FORMAT } from "./schema";
import { exportKeys, PLAN_PARTS } from "./sections/registry";

export function assemblePlanDocument(rows: PlanRows) {
  const keys = exportKeys(rows);
  const { team, businessModel, risks, cases, market, platform, funding, milestones, compliance } = PLAN_PARTS;
  return {
    format: PLAN_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    project: { name: rows.name, oneLiner: rows.oneLiner, sector: rows.sector, stage: rows.stage, currency: rows.currency, timeZone: rows.timeZone },
    team: team.assemble(rows, keys),
    businessModel: businessModel.assemble(rows, keys),
    risks: risks.assemble(rows, keys),
    cases: cases.assemble(rows, keys),
    market: market.assemble(rows, keys),
    platform: platform.assemble(rows, keys),
    funding: funding.assemble(rows, keys),
    milestones: milestones.assemble(rows, keys),
    compliance: compliance.assemble(rows, keys),
  };
}
