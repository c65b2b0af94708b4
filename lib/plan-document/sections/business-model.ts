import { choiceSelect } from "@/lib/business-model/data";
import { CANVAS_BLOCKS, DIRECTION_TESTS } from "@/lib/plan/facts";
import type { ProjectSelect } from "../data";
import { byCatalogue, byCreation, rowsOf, singleton, type SectionPart } from "./part";

// The same columns the business-model section reads, without its bookkeeping version.
const { version: _version, ...choiceFields } = choiceSelect;

const select = {
  canvasNotes: { select: { id: true, block: true, text: true, sourceCaseId: true }, orderBy: [{ position: "asc" }, ...byCreation] },
  directionAssessments: { select: { test: true, verdict: true, assessment: true, evidence: true } },
  revenueModelChoices: { select: choiceFields, orderBy: [...byCreation] },
  unitEconomics: { select: { primaryModel: true, thirdPartyModelApi: true, modelProvider: true } },
  burnPlan: { select: { cashOnHand: true, otherMonthlyCosts: true, otherCostsNote: true, revenueGrowthPct: true, includeServingCost: true } },
} as const satisfies ProjectSelect;

/** Canvas notes in the document's order (by block, then as stored): their keys follow it. */
export const canvasInOrder = <T extends { block: string }>(notes: readonly T[]) => byCatalogue(notes, CANVAS_BLOCKS, (n) => n.block);

export const businessModelPart: SectionPart<"businessModel", typeof select> = {
  select,
  assemble: (rows, keys) => ({
    canvas: canvasInOrder(rows.canvasNotes).map((note) => ({ key: keys.note.get(note.id)!, block: note.block, text: note.text, sourceCase: keys.caseRef(note.sourceCaseId) })),
    directionTests: byCatalogue(rows.directionAssessments, DIRECTION_TESTS, (d) => d.test),
    revenueModels: rows.revenueModelChoices,
    unitEconomics: rows.unitEconomics,
    burn: rows.burnPlan,
  }),
  clear: (tx, where) => [() => tx.canvasNote.deleteMany({ where }), () => tx.directionAssessment.deleteMany({ where }), () => tx.revenueModelChoice.deleteMany({ where })],
  write: async (w, businessModel) => {
    const { tx, projectId } = w;
    const positionInBlock = new Map<string, number>();
    await tx.canvasNote.createMany({
      data: rowsOf(w, businessModel.canvas).map(({ key, sourceCase, ...note }) => {
        const position = positionInBlock.get(note.block) ?? 0;
        positionInBlock.set(note.block, position + 1);
        return { ...note, id: w.ids.note.get(key)!, position, sourceCaseId: w.ids.caseId(sourceCase) };
      }),
    });
    await tx.directionAssessment.createMany({ data: businessModel.directionTests.map((d) => ({ ...d, projectId })) });
    await tx.revenueModelChoice.createMany({ data: rowsOf(w, businessModel.revenueModels) });
    await singleton(w, businessModel.unitEconomics, (a) => tx.unitEconomics.upsert(a), (a) => tx.unitEconomics.deleteMany(a));
    await singleton(w, businessModel.burn, (a) => tx.burnPlan.upsert(a), (a) => tx.burnPlan.deleteMany(a));
  },
};
