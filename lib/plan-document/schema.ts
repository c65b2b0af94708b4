// The whole-plan document: Launchpad's export format (version 1) and what a named snapshot stores.
// Every section reuses its own field schemas, so an imported plan obeys exactly the rules the
// section's forms enforce (lengths, numbers, enumerations, and no markup in any text field).
// Rows that other rows refer to carry a local `key` instead of a database id, so a document is
// the same however many times it is imported and exported again.
import { z } from "zod";
import { creditFieldsObject, featureFieldsSchema, featureUsageFieldsSchema, modelKeyField, priceEntryFieldsObject, selfHostFieldsSchema, settingsFieldsSchema } from "@/lib/ai-pricing/schema";
import { upgradeLegacyEconomics } from "@/lib/business-model/legacy";
import {
  burnPlanFieldsSchema,
  canvasNoteInputSchema,
  directionFieldsSchema,
  INFERENCE_MODES,
  legacyUnitEconomicsFieldsSchema,
  modelEconomicsFieldsSchema,
  revenueModelFieldsSchema,
  unitEconomicsFieldsSchema,
} from "@/lib/business-model/schema";
import { isLibraryCaseId } from "@/lib/cases/library";
import { CASE_LIMITS, ownCaseFieldsSchema } from "@/lib/cases/schema";
import { CATALOGUE } from "@/lib/compliance/catalogue";
import { MARKETS, TOPICS } from "@/lib/compliance/model";
import { OBLIGATION_KEYS } from "@/lib/compliance/obligations";
import { itemFields as complianceItemFields, obligationFields, planFields as compliancePlanFields, profileFields } from "@/lib/compliance/schema";
import { CHANNEL_KINDS } from "@/lib/funding/model";
import { channelFields, fundingPlanFields, roundFields, useFields } from "@/lib/funding/schema";
import { researchFieldsSchema, segmentFieldsSchema, competitorFieldsSchema, sizeFieldsSchema, trendFieldsSchema } from "@/lib/market/schema";
import { TREND_KEYS } from "@/lib/market/model";
import { endsBeforeStart, QUALITY_CHECKS } from "@/lib/milestones/model";
import { milestoneFields, planFields as executionPlanFields } from "@/lib/milestones/schema";
import { DIRECTION_TESTS, REVENUE_MODELS } from "@/lib/plan/facts";
import { TOOLING_ITEM_IDS } from "@/lib/platform/model";
import { computeLineFieldsSchema, dataSourceFieldsSchema, partnerFieldsSchema, toolingItemFieldsSchema } from "@/lib/platform/schema";
import { projectDetailsSchema } from "@/lib/projects/schema";
import { RISK_TEMPLATE_IDS } from "@/lib/risks/library";
import { SUGGESTION_IDS } from "@/lib/risks/model";
import { riskFieldsSchema } from "@/lib/risks/schema";
import { equityTotal } from "@/lib/team/model";
import { hireFieldsSchema, memberFieldsSchema, rolesSchema, strategyFieldsSchema } from "@/lib/team/schema";
import { LIMITS, nameField } from "@/lib/validation/fields";

import { PLAN_DOCUMENT_VERSION, PLAN_FORMAT } from "./limits";

export { MAX_IMPORT_BYTES, PLAN_DOCUMENT_VERSION, PLAN_FORMAT } from "./limits";

/** How many rows of each list a document may hold (risks registers can be long). */
export const DOCUMENT_LIMITS = { list: LIMITS.list, risks: 5000, canvas: 500, lessons: 2000, compliance: LIMITS.list + CATALOGUE.length } as const;

/** A local reference inside one document ("member-1"), never a database id. */
export const keyField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "invalidFormat" });

const list = <T extends z.ZodType>(item: T, max: number = DOCUMENT_LIMITS.list) => z.array(item).max(max).default([]);

/** A set of ids in the catalogue's order, without repeats. */
function idSet<T extends string>(ids: readonly T[]) {
  return z
    .array(z.enum(ids as [T, ...T[]]))
    .max(ids.length)
    .default([])
    .transform((chosen) => ids.filter((id) => chosen.includes(id)));
}

/** Where a risk, a canvas note or an applied lesson came from: a library card or one of the team's own cases. */
export const caseRefSchema = z.union([
  z.strictObject({ library: z.string().max(LIMITS.id).refine(isLibraryCaseId, { message: "invalidOption" }) }),
  z.strictObject({ own: keyField }),
]);
export type CaseRef = z.output<typeof caseRefSchema>;
const sourceCase = caseRefSchema.nullable().default(null);

const isoDateTime = z.union([z.null(), z.iso.datetime({ offset: true })]).default(null);

// ── sections ─────────────────────────────────────────────────────────────────────────────────

const teamSchema = z.object({
  plan: z
    .object({ scenario: rolesSchema.shape.scenario, rolesNow: rolesSchema.shape.rolesNow, rolesLater: rolesSchema.shape.rolesLater })
    .refine((v) => v.rolesLater.every((r) => !v.rolesNow.includes(r)), { message: "invalid", path: ["rolesLater"] })
    .nullable()
    .default(null),
  members: list(memberFieldsSchema.extend({ key: keyField })).refine((members) => equityTotal(members) <= 100, { message: "equityTotalOver" }),
  hires: list(hireFieldsSchema),
  strategy: strategyFieldsSchema.nullable().default(null),
});

const NEW_REVENUE_FIELDS = Object.fromEntries(
  [...Object.keys(modelEconomicsFieldsSchema.shape), "currentVolume", "rampMonths"].map((key) => [key, key === "inferenceMode" ? "tokens" : null]),
);

const businessModelSchema = z
  .object({
    canvas: list(canvasNoteInputSchema.omit({ sourceCaseId: true }).extend({ key: keyField, sourceCase }), DOCUMENT_LIMITS.canvas),
    directionTests: list(directionFieldsSchema.extend({ test: z.enum(DIRECTION_TESTS) }), DIRECTION_TESTS.length),
    // Files written before each revenue model had its own volumes and economics lack those fields:
    // they are unknown (null), never an error.
    revenueModels: list(
      z.preprocess(
        (row) => (row && typeof row === "object" ? { ...NEW_REVENUE_FIELDS, ...row } : row),
        revenueModelFieldsSchema.extend(modelEconomicsFieldsSchema.shape).extend({ model: z.enum(REVENUE_MODELS), inferenceMode: z.enum(INFERENCE_MODES) }),
      ),
      REVENUE_MODELS.length,
    ),
    unitEconomics: unitEconomicsFieldsSchema.extend(legacyUnitEconomicsFieldsSchema.shape).nullable().default(null),
    burn: burnPlanFieldsSchema.nullable().default(null),
  })
  // Older files kept one blended token price for the primary model in unitEconomics: it moves
  // onto that model, as the database migration did for stored plans.
  .transform(upgradeLegacyEconomics);

const risksSchema = z.object({
  items: list(
    riskFieldsSchema.omit({ ownerMemberId: true }).extend({
      key: keyField,
      owner: keyField.nullable().default(null),
      lastReviewed: isoDateTime,
      templateId: z.enum(RISK_TEMPLATE_IDS as [string, ...string[]]).nullable().default(null),
      sourceCase,
    }),
    DOCUMENT_LIMITS.risks,
  ),
  dismissedSuggestions: idSet(SUGGESTION_IDS),
});

const casesSchema = z.object({
  own: list(ownCaseFieldsSchema.extend({ key: keyField }), CASE_LIMITS.ownCases),
  appliedLessons: list(
    z.object({ case: caseRefSchema, target: z.enum(["risk", "canvasNote"]), targetKey: keyField, text: nameField(Math.max(CASE_LIMITS.riskTitle, CASE_LIMITS.noteText)) }),
    DOCUMENT_LIMITS.lessons,
  ),
});

const marketSchema = z.object({
  research: researchFieldsSchema.nullable().default(null),
  size: sizeFieldsSchema.nullable().default(null),
  segments: list(segmentFieldsSchema),
  competitors: list(competitorFieldsSchema),
  trends: list(trendFieldsSchema.extend({ trendKey: z.enum(TREND_KEYS).nullable().default(null) })),
});

const platformSchema = z.object({
  dataSources: list(dataSourceFieldsSchema),
  computeLines: list(computeLineFieldsSchema),
  tooling: list(toolingItemFieldsSchema.extend({ itemId: z.enum(TOOLING_ITEM_IDS) }), TOOLING_ITEM_IDS.length),
  partners: list(partnerFieldsSchema),
  // AI cost planning (lib/ai-pricing): the routes of a feature name models by key, not by id.
  aiSettings: settingsFieldsSchema.nullable().default(null),
  aiPrices: list(
    priceEntryFieldsObject
      .extend({ modelKey: modelKeyField })
      .refine((e) => e.cachedInputPerM === null || e.cachedInputPerM <= e.inputPerM, { message: "cachedAboveInput", path: ["cachedInputPerM"] }),
  ),
  aiFeatures: list(featureFieldsSchema.extend(featureUsageFieldsSchema.shape)),
  aiSelfHost: list(selfHostFieldsSchema),
  aiCredits: list(creditFieldsObject.refine((c) => !c.startsOn || !c.expiresOn || c.expiresOn >= c.startsOn, { message: "endBeforeStart", path: ["expiresOn"] })),
});

const fundingSchema = z.object({
  plan: fundingPlanFields.nullable().default(null),
  rounds: list(roundFields),
  channels: list(channelFields.extend({ kind: z.enum(CHANNEL_KINDS) }), CHANNEL_KINDS.length),
  uses: list(useFields),
});

const milestonesSchema = z.object({
  plan: executionPlanFields.nullable().default(null),
  milestones: list(
    milestoneFields
      .omit({ dependsOn: true })
      .extend({ key: keyField, dependsOn: z.array(keyField).max(LIMITS.list).default([]).transform((keys) => [...new Set(keys)]) })
      .refine((m) => !endsBeforeStart(m.startDate, m.dueDate), { message: "endBeforeStart", path: ["dueDate"] }),
  ),
  checks: idSet(QUALITY_CHECKS),
  // Older files have no such list: every item in them was either done or open.
  notApplicable: idSet(QUALITY_CHECKS),
}).refine((m) => !m.checks.some((id) => m.notApplicable.includes(id)), { message: "doneAndNotApplicable", path: ["notApplicable"] });

const CATALOGUE_KEYS = CATALOGUE.map((item) => item.key) as [string, ...string[]];

const complianceSchema = z.object({
  plan: compliancePlanFields.nullable().default(null),
  items: list(
    complianceItemFields
      .extend({ catalogueKey: z.enum(CATALOGUE_KEYS).nullable().default(null), market: z.enum(MARKETS), topic: z.enum(TOPICS) })
      // The founders' own items need a title; catalogue items take theirs from the catalogue.
      .refine((item) => item.catalogueKey !== null || item.title.length > 0, { message: "required", path: ["title"] }),
    DOCUMENT_LIMITS.compliance,
  ),
  profile: profileFields.nullable().default(null),
  obligations: list(obligationFields.extend({ obligationKey: z.enum(OBLIGATION_KEYS) }), OBLIGATION_KEYS.length),
});

/** Only the two fields that say what a file is; checked first so the refusal can say why. */
export const documentHeaderSchema = z.object({ format: z.string(), version: z.unknown() });

export const planDocumentSchema = z
  .object({
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_DOCUMENT_VERSION),
    // Files exported before plans had a time zone lack it: the plan keeps (or gets) the default.
    project: projectDetailsSchema,
    team: teamSchema.prefault({}),
    businessModel: businessModelSchema.prefault({}),
    risks: risksSchema.prefault({}),
    cases: casesSchema.prefault({}),
    market: marketSchema.prefault({}),
    platform: platformSchema.prefault({}),
    funding: fundingSchema.prefault({}),
    milestones: milestonesSchema.prefault({}),
    compliance: complianceSchema.prefault({}),
    // Files from before self-assessments were removed may still carry "readiness": it is dropped
    // (unknown keys are stripped), so they import as they are.
  })
  .superRefine(checkReferences);

export type PlanDocument = z.output<typeof planDocumentSchema>;
export type PlanDocumentInput = z.input<typeof planDocumentSchema>;
export type PlanSectionId = Exclude<keyof PlanDocument, "format" | "version">;

type Doc = Omit<PlanDocument, never>;

/** Keys are unique per list, every reference points at a row of the same document, no dependency cycles. */
function checkReferences(doc: Doc, ctx: z.RefinementCtx) {
  const unique = (rows: readonly Record<string, unknown>[], field: string, path: string[]) => {
    const seen = new Set<unknown>();
    rows.forEach((row, i) => {
      const value = row[field];
      if (value === null || value === undefined) return;
      if (seen.has(value)) ctx.addIssue({ code: "custom", message: "duplicate", path: [...path, i, field] });
      seen.add(value);
    });
  };
  unique(doc.team.members, "key", ["team", "members"]);
  unique(doc.businessModel.canvas, "key", ["businessModel", "canvas"]);
  unique(doc.businessModel.directionTests, "test", ["businessModel", "directionTests"]);
  unique(doc.businessModel.revenueModels, "model", ["businessModel", "revenueModels"]);
  unique(doc.risks.items, "key", ["risks", "items"]);
  unique(doc.cases.own, "key", ["cases", "own"]);
  unique(doc.platform.tooling, "itemId", ["platform", "tooling"]);
  unique(doc.funding.channels, "kind", ["funding", "channels"]);
  unique(doc.milestones.milestones, "key", ["milestones", "milestones"]);
  unique(doc.compliance.items, "catalogueKey", ["compliance", "items"]);
  unique(doc.compliance.obligations, "obligationKey", ["compliance", "obligations"]);
  unique(doc.platform.aiPrices, "modelKey", ["platform", "aiPrices"]);

  const keys = (rows: readonly { key: string }[]) => new Set(rows.map((r) => r.key));
  const members = keys(doc.team.members);
  const ownCases = keys(doc.cases.own);
  const risks = keys(doc.risks.items);
  const notes = keys(doc.businessModel.canvas);
  const milestones = keys(doc.milestones.milestones);
  const missing = (path: (string | number)[]) => ctx.addIssue({ code: "custom", message: "unknownReference", path });
  const checkCase = (ref: CaseRef | null, path: (string | number)[]) => {
    if (ref && "own" in ref && !ownCases.has(ref.own)) missing(path);
  };

  doc.risks.items.forEach((risk, i) => {
    if (risk.owner !== null && !members.has(risk.owner)) missing(["risks", "items", i, "owner"]);
    checkCase(risk.sourceCase, ["risks", "items", i, "sourceCase"]);
  });
  doc.businessModel.canvas.forEach((note, i) => checkCase(note.sourceCase, ["businessModel", "canvas", i, "sourceCase"]));
  doc.cases.appliedLessons.forEach((lesson, i) => {
    checkCase(lesson.case, ["cases", "appliedLessons", i, "case"]);
    if (!(lesson.target === "risk" ? risks : notes).has(lesson.targetKey)) missing(["cases", "appliedLessons", i, "targetKey"]);
  });
  doc.milestones.milestones.forEach((m, i) => {
    m.dependsOn.forEach((dep, j) => {
      if (!milestones.has(dep) || dep === m.key) missing(["milestones", "milestones", i, "dependsOn", j]);
    });
  });
  if (hasCycle(doc.milestones.milestones)) ctx.addIssue({ code: "custom", message: "dependencyCycle", path: ["milestones", "milestones"] });
}

/** Depth-first search over "depends on" edges; a back edge is a cycle. */
function hasCycle(milestones: readonly { key: string; dependsOn: readonly string[] }[]): boolean {
  const edges = new Map(milestones.map((m) => [m.key, m.dependsOn]));
  const state = new Map<string, "visiting" | "done">();
  const visit = (key: string): boolean => {
    if (state.get(key) === "done") return false;
    if (state.get(key) === "visiting") return true;
    state.set(key, "visiting");
    for (const next of edges.get(key) ?? []) if (edges.has(next) && visit(next)) return true;
    state.set(key, "done");
    return false;
  };
  return milestones.some((m) => visit(m.key));
}
