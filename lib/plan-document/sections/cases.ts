import type { ProjectSelect } from "../data";
import { byCreation, rowsOf, type SectionPart } from "./part";

const select = {
  ownCases: {
    select: {
      id: true,
      kind: true,
      title: true,
      context: true,
      approach: true,
      businessModel: true,
      whatHappened: true,
      risks: true,
      lessons: true,
      sectors: true,
      aiPatterns: true,
      revenueModels: true,
      stages: true,
      outcome: true,
      failureCauses: true,
      riskCategories: true,
      source: true,
      sourceQuality: true,
    },
    orderBy: [...byCreation],
  },
  caseAppliedLessons: { select: { caseId: true, target: true, targetId: true, text: true }, orderBy: [...byCreation] },
} as const satisfies ProjectSelect;

export const casesPart: SectionPart<"cases", typeof select> = {
  select,
  assemble: (rows, keys) => ({
    own: rows.ownCases.map(({ id, ...ownCase }) => ({ key: keys.case.get(id)!, ...ownCase })),
    appliedLessons: rows.caseAppliedLessons.flatMap((lesson) => {
      const ref = keys.caseRef(lesson.caseId);
      const targetKey = (lesson.target === "risk" ? keys.risk : keys.note).get(lesson.targetId);
      return ref && targetKey ? [{ case: ref, target: lesson.target, targetKey, text: lesson.text }] : [];
    }),
  }),
  clear: (tx, where) => [() => tx.ownCase.deleteMany({ where }), () => tx.caseAppliedLesson.deleteMany({ where })],
  write: async (w, cases) => {
    const { tx } = w;
    await tx.ownCase.createMany({ data: rowsOf(w, cases.own).map(({ key, ...c }) => ({ ...c, id: w.ids.case.get(key)! })) });
    await tx.caseAppliedLesson.createMany({
      data: rowsOf(w, cases.appliedLessons).map(({ case: ref, targetKey, ...lesson }) => ({
        ...lesson,
        caseId: w.ids.caseId(ref)!,
        targetId: (lesson.target === "risk" ? w.ids.risk : w.ids.note).get(targetKey)!,
      })),
    });
  },
};
