// Turns a project's stored rows into a plan document (pure). Database ids become local keys given
// by position ("risk-3"), references follow them, and every list has a stable order, so exporting
// an imported plan gives the same document again. References that point nowhere (a risk owner who
// was removed, a deleted case) are dropped, as the sections already show them as "none".
import { CATALOGUE } from "@/lib/compliance/catalogue";
import { OBLIGATION_KEYS } from "@/lib/compliance/obligations";
import { isLibraryCaseId } from "@/lib/cases/library";
import { CHANNEL_KINDS } from "@/lib/funding/model";
import { isQualityCheck } from "@/lib/milestones/model";
import { CANVAS_BLOCKS, DIRECTION_TESTS } from "@/lib/plan/facts";
import { TOOLING_ITEM_IDS } from "@/lib/platform/model";
import { SUGGESTION_IDS } from "@/lib/risks/model";
import { PLAN_DOCUMENT_VERSION, PLAN_FORMAT, type CaseRef } from "./schema";
import type { PlanRows } from "./data";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Sorts by the position of `id(row)` in a catalogue; unknown ids go last, in their stored order. */
function byCatalogue<T>(rows: readonly T[], catalogue: readonly string[], id: (row: T) => string): T[] {
  const rank = (row: T) => {
    const i = catalogue.indexOf(id(row));
    return i === -1 ? catalogue.length : i;
  };
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i).map(({ row }) => row);
}

function keysOf(rows: readonly { id: string }[], prefix: string): Map<string, string> {
  return new Map(rows.map((row, i) => [row.id, `${prefix}-${i + 1}`]));
}

export function assemblePlanDocument(rows: PlanRows) {
  const memberKeys = keysOf(rows.teamMembers, "member");
  const caseKeys = keysOf(rows.ownCases, "case");
  const riskKeys = keysOf(rows.risks, "risk");
  const canvas = byCatalogue(rows.canvasNotes, CANVAS_BLOCKS, (n) => n.block);
  const noteKeys = keysOf(canvas, "note");
  const milestoneKeys = keysOf(rows.milestones, "milestone");
  const milestoneOrder = new Map(rows.milestones.map((m, i) => [m.id, i]));
  const catalogueKeys = new Set(CATALOGUE.map((c) => c.key));

  const caseRef = (id: string | null): CaseRef | null => {
    if (!id) return null;
    const own = caseKeys.get(id);
    if (own) return { own };
    return isLibraryCaseId(id) ? { library: id } : null;
  };

  return {
    format: PLAN_FORMAT,
    version: PLAN_DOCUMENT_VERSION,
    project: { name: rows.name, oneLiner: rows.oneLiner, sector: rows.sector, stage: rows.stage, currency: rows.currency, timeZone: rows.timeZone },
    team: {
      plan: rows.teamPlan,
      members: rows.teamMembers.map(({ id, ...member }) => ({ key: memberKeys.get(id)!, ...member })),
      hires: rows.teamHires,
      strategy: rows.teamStrategy,
    },
    businessModel: {
      canvas: canvas.map((note) => ({ key: noteKeys.get(note.id)!, block: note.block, text: note.text, sourceCase: caseRef(note.sourceCaseId) })),
      directionTests: byCatalogue(rows.directionAssessments, DIRECTION_TESTS, (d) => d.test),
      revenueModels: rows.revenueModelChoices,
      unitEconomics: rows.unitEconomics,
      burn: rows.burnPlan,
    },
    risks: {
      items: rows.risks.map(({ id, ownerMemberId, sourceCaseId, nextReview, lastReviewed, ...risk }) => ({
        key: riskKeys.get(id)!,
        ...risk,
        owner: (ownerMemberId && memberKeys.get(ownerMemberId)) || null,
        nextReview: isoDate(nextReview),
        lastReviewed: lastReviewed ? lastReviewed.toISOString() : null,
        sourceCase: caseRef(sourceCaseId),
      })),
      dismissedSuggestions: rows.riskSuggestionDismissals.map((d) => d.suggestionId).filter((id) => SUGGESTION_IDS.includes(id)),
    },
    cases: {
      own: rows.ownCases.map(({ id, ...ownCase }) => ({ key: caseKeys.get(id)!, ...ownCase })),
      appliedLessons: rows.caseAppliedLessons.flatMap((lesson) => {
        const ref = caseRef(lesson.caseId);
        const targetKey = (lesson.target === "risk" ? riskKeys : noteKeys).get(lesson.targetId);
        return ref && targetKey ? [{ case: ref, target: lesson.target, targetKey, text: lesson.text }] : [];
      }),
    },
    market: {
      research: rows.marketResearch,
      size: rows.marketSize,
      segments: rows.marketSegments,
      competitors: rows.marketCompetitors,
      trends: rows.marketTrends,
    },
    platform: {
      dataSources: rows.platformDataSources,
      computeLines: rows.platformComputeLines,
      tooling: byCatalogue(rows.platformToolingItems, TOOLING_ITEM_IDS, (t) => t.itemId),
      partners: rows.platformPartners,
      aiSettings: rows.aiCostSettings,
      aiPrices: rows.aiPriceEntries.map((entry) => ({ ...entry, asOf: isoDate(entry.asOf) })),
      aiFeatures: rows.aiFeatures,
      aiSelfHost: rows.aiSelfHostScenarios,
      aiCredits: rows.aiCredits.map((credit) => ({ ...credit, startsOn: isoDate(credit.startsOn), expiresOn: isoDate(credit.expiresOn) })),
    },
    funding: {
      plan: rows.fundingPlan,
      rounds: rows.fundingRounds.map((round) => ({ ...round, targetDate: isoDate(round.targetDate) })),
      channels: byCatalogue(rows.fundingChannels, CHANNEL_KINDS, (c) => c.kind),
      uses: rows.fundsUses,
    },
    milestones: {
      plan: rows.projectPlan,
      milestones: rows.milestones.map(({ id, dependsOn, startDate, dueDate, ...milestone }) => ({
        key: milestoneKeys.get(id)!,
        ...milestone,
        startDate: isoDate(startDate),
        dueDate: isoDate(dueDate),
        dependsOn: dependsOn
          .map((d) => d.dependsOnId)
          .filter((dep) => milestoneOrder.has(dep))
          .sort((a, b) => milestoneOrder.get(a)! - milestoneOrder.get(b)!)
          .map((dep) => milestoneKeys.get(dep)!),
      })),
      checks: rows.executionChecks.filter((c) => c.state !== "notApplicable").map((c) => c.checkId).filter(isQualityCheck),
      notApplicable: rows.executionChecks.filter((c) => c.state === "notApplicable").map((c) => c.checkId).filter(isQualityCheck),
    },
    compliance: {
      plan: rows.compliancePlan,
      // A catalogue item the catalogue no longer has is kept as the founders' own item.
      items: rows.complianceItems.map((item) => (item.catalogueKey && !catalogueKeys.has(item.catalogueKey) ? { ...item, catalogueKey: null, title: item.title || item.catalogueKey } : item)),
      profile: rows.complianceProfile,
      // Tracking of an obligation the catalogue no longer has is dropped (the schema would refuse it).
      obligations: byCatalogue(rows.complianceObligations, OBLIGATION_KEYS, (o) => o.obligationKey)
        .filter((o) => OBLIGATION_KEYS.includes(o.obligationKey))
        .map((o) => ({ ...o, dueDate: isoDate(o.dueDate) })),
    },
  };
}
