// Every section's part, in the order a plan is written (a risk's owner and a lesson's target exist
// before what points at them is read back), and the keys that references between sections use.
import { randomUUID } from "node:crypto";
import { isLibraryCaseId } from "@/lib/cases/library";
import type { RowsOf } from "../data";
import type { CaseRef, PlanDocument } from "../schema";
import { businessModelPart, canvasInOrder } from "./business-model";
import { casesPart } from "./cases";
import { compliancePart } from "./compliance";
import { fundingPart } from "./funding";
import { marketPart } from "./market";
import { milestonesPart } from "./milestones";
import type { ExportKeys, ImportIds } from "./part";
import { platformPart } from "./platform";
import { risksPart } from "./risks";
import { teamPart } from "./team";

export const PLAN_PARTS = {
  team: teamPart,
  businessModel: businessModelPart,
  risks: risksPart,
  cases: casesPart,
  market: marketPart,
  platform: platformPart,
  funding: fundingPart,
  milestones: milestonesPart,
  compliance: compliancePart,
} as const;

type ReferencedRows = RowsOf<typeof teamPart.select & typeof businessModelPart.select & typeof risksPart.select & typeof casesPart.select>;

const keysOf = (rows: readonly { id: string }[], prefix: string) => new Map(rows.map((row, i) => [row.id, `${prefix}-${i + 1}`]));

/** Database ids become local keys given by position ("risk-3"), so exporting an imported plan gives the same document again. */
export function exportKeys(rows: ReferencedRows): ExportKeys {
  const caseKeys = keysOf(rows.ownCases, "case");
  return {
    member: keysOf(rows.teamMembers, "member"),
    case: caseKeys,
    risk: keysOf(rows.risks, "risk"),
    note: keysOf(canvasInOrder(rows.canvasNotes), "note"),
    // A reference that points nowhere (a deleted case) is dropped: the sections show it as "none".
    caseRef: (id: string | null): CaseRef | null => {
      if (!id) return null;
      const own = caseKeys.get(id);
      if (own) return { own };
      return isLibraryCaseId(id) ? { library: id } : null;
    },
  };
}

/** Local keys become new ids; every reference follows them. */
export function importIds(doc: PlanDocument): ImportIds {
  const ids = (rows: readonly { key: string }[]) => new Map(rows.map((row) => [row.key, randomUUID()]));
  const caseIds = ids(doc.cases.own);
  return {
    member: ids(doc.team.members),
    case: caseIds,
    risk: ids(doc.risks.items),
    note: ids(doc.businessModel.canvas),
    caseId: (ref) => (ref === null ? null : "own" in ref ? caseIds.get(ref.own)! : ref.library),
  };
}
