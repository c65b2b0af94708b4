import { riskScore, SUGGESTION_IDS } from "@/lib/risks/model";
import type { ProjectSelect } from "../data";
import { asDate, byCreation, isoDate, rowsOf, type SectionPart } from "./part";

const select = {
  risks: {
    select: {
      id: true,
      title: true,
      description: true,
      category: true,
      likelihood: true,
      impact: true,
      response: true,
      mitigation: true,
      contingency: true,
      ownerMemberId: true,
      status: true,
      nextReview: true,
      lastReviewed: true,
      templateId: true,
      sourceCaseId: true,
    },
    orderBy: [...byCreation],
  },
  riskSuggestionDismissals: { select: { suggestionId: true } },
} as const satisfies ProjectSelect;

export const risksPart: SectionPart<"risks", typeof select> = {
  select,
  assemble: (rows, keys) => ({
    items: rows.risks.map(({ id, ownerMemberId, sourceCaseId, nextReview, lastReviewed, ...risk }) => ({
      key: keys.risk.get(id)!,
      ...risk,
      owner: (ownerMemberId && keys.member.get(ownerMemberId)) || null,
      nextReview: isoDate(nextReview),
      lastReviewed: lastReviewed ? lastReviewed.toISOString() : null,
      sourceCase: keys.caseRef(sourceCaseId),
    })),
    dismissedSuggestions: rows.riskSuggestionDismissals.map((d) => d.suggestionId).filter((id) => SUGGESTION_IDS.includes(id)),
  }),
  clear: (tx, where) => [() => tx.risk.deleteMany({ where }), () => tx.riskSuggestionDismissal.deleteMany({ where })],
  write: async (w, risks) => {
    const { tx, projectId } = w;
    await tx.risk.createMany({
      data: rowsOf(w, risks.items).map(({ key, owner, sourceCase, nextReview, lastReviewed, ...risk }) => ({
        ...risk,
        id: w.ids.risk.get(key)!,
        score: riskScore(risk.likelihood, risk.impact),
        ownerMemberId: owner === null ? null : w.ids.member.get(owner)!,
        sourceCaseId: w.ids.caseId(sourceCase),
        nextReview: asDate(nextReview),
        lastReviewed: lastReviewed ? new Date(lastReviewed) : null,
      })),
    });
    await tx.riskSuggestionDismissal.createMany({ data: risks.dismissedSuggestions.map((suggestionId) => ({ projectId, suggestionId })) });
  },
};
