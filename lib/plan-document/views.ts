// A plan document seen as people read it (pure): sections of collections of items, each item with
// a name and its fields, references resolved to names (a risk's owner is the member's name, not a
// key). The diff and the Markdown export both work on these views, so they always agree.
import { QUALITY_CHECKS } from "@/lib/milestones/model";
import { STRATEGY_FIELDS } from "@/lib/team/catalogue";
import type { CaseRef, PlanDocument } from "./schema";

export type FieldValue = string | number | boolean | null | readonly string[];

/** An item's name: its own text, or a message key (a catalogue entry) to translate. */
export type Label = { text: string; key?: string };

export type ItemView = {
  /** What identifies the item across versions (a name, a catalogue id). */
  identity: string;
  label: Label;
  fields: Record<string, FieldValue>;
};

export const SECTION_IDS = ["project", "team", "businessModel", "risks", "cases", "market", "platform", "funding", "milestones", "compliance"] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The label of each section is messages "sections.<slug>". */
export const SECTION_SLUGS: Record<SectionId, string> = {
  project: "overview",
  team: "team",
  businessModel: "business-model",
  risks: "risks",
  cases: "cases",
  market: "market",
  platform: "platform",
  funding: "funding",
  milestones: "milestones",
  compliance: "compliance",
};

export type CollectionView = {
  section: SectionId;
  /** Label: messages "history.collections.<section>.<collection>". */
  collection: string;
  single: boolean;
  /** Items whose names were edited are still recognised (similar names pair up). */
  renameable: boolean;
  items: ItemView[];
};

/**
 * Enumerated values are shown with their words from the sections' own messages: "{v}" is the
 * stored value. Keyed by "<section>.<collection>.<field>".
 */
export const VALUE_KEYS: Record<string, string> = {
  "project.details.stage": "stages.{v}",
  "team.plan.rolesNow": "team.roles.{v}.name",
  "team.plan.rolesLater": "team.roles.{v}.name",
  "team.members.commitment": "team.commitments.{v}",
  "team.members.roles": "team.roles.{v}.name",
  "team.hires.roleId": "team.roles.{v}.name",
  "team.hires.priority": "team.priorities.{v}",
  "team.hires.status": "team.statuses.{v}",
  "team.hires.channel": "team.channels.{v}",
  "businessModel.canvas.block": "businessModel.canvas.blocks.{v}.title",
  "businessModel.directionTests.test": "businessModel.direction.tests.{v}.title",
  "businessModel.revenueModels.model": "businessModel.revenue.models.{v}.name",
  "businessModel.directionTests.verdict": "businessModel.direction.verdicts.{v}",
  "businessModel.unitEconomics.primaryModel": "businessModel.revenue.models.{v}.name",
  "businessModel.revenueModels.inferenceMode": "businessModel.economics.modes.{v}",
  "risks.items.category": "risks.categories.{v}",
  "risks.items.response": "risks.responses.{v}",
  "risks.items.status": "risks.statuses.{v}",
  "risks.items.templateId": "risks.templates.{v}.title",
  "cases.own.kind": "cases.kinds.{v}",
  "cases.own.sectors": "cases.tags.sector.{v}",
  "cases.own.aiPatterns": "cases.tags.pattern.{v}",
  "cases.own.revenueModels": "cases.tags.revenue.{v}",
  "cases.own.stages": "cases.tags.stage.{v}",
  "cases.own.outcome": "cases.tags.outcome.{v}",
  "cases.own.failureCauses": "cases.tags.cause.{v}",
  "cases.own.riskCategories": "cases.tags.riskCategory.{v}",
  "cases.own.sourceQuality": "cases.sourceQuality.{v}",
  "cases.appliedLessons.target": "cases.applied.{v}",
  "market.segments.domain": "market.domains.{v}",
  "market.trends.impact": "market.trends.impacts.{v}",
  "market.trends.trendKey": "market.trends.catalogue.{v}.title",
  "platform.dataSources.origin": "platform.origins.{v}",
  "platform.dataSources.rights": "platform.rightsOptions.{v}",
  "platform.dataSources.quality": "platform.qualityOptions.{v}",
  "platform.dataSources.sensitivity": "platform.sensitivityOptions.{v}",
  "platform.computeLines.purpose": "platform.purposes.{v}",
  "platform.tooling.itemId": "platform.tooling.items.{v}.title",
  "platform.tooling.status": "platform.tooling.statuses.{v}",
  "platform.partners.kind": "platform.partnerKinds.{v}",
  "platform.partners.status": "platform.partnerStatuses.{v}",
  "funding.rounds.stage": "funding.stages.{v}",
  "funding.rounds.instrument": "funding.instruments.{v}",
  "funding.rounds.status": "funding.roundStatuses.{v}",
  "funding.channels.kind": "funding.channels.kinds.{v}.name",
  "funding.uses.category": "funding.uses.categories.{v}",
  "milestones.milestones.status": "milestones.milestone.statuses.{v}",
  "compliance.items.catalogueKey": "compliance.catalogue.{v}.title",
  "compliance.items.market": "compliance.markets.{v}",
  "compliance.items.topic": "compliance.topics.{v}",
  "compliance.items.status": "compliance.statuses.{v}",
  "compliance.profile.markets": "compliance.markets.{v}",
  "compliance.profile.domains": "compliance.obligations.domains.{v}",
  "compliance.profile.publicGenerative": "compliance.obligations.answers.{v}",
  "compliance.profile.publicOpinion": "compliance.obligations.answers.{v}",
  "compliance.profile.personalInfo": "compliance.obligations.answers.{v}",
  "compliance.profile.sensitivePersonalInfo": "compliance.obligations.answers.{v}",
  "compliance.profile.largeScalePersonalInfo": "compliance.obligations.answers.{v}",
  "compliance.profile.usPhi": "compliance.obligations.answers.{v}",
  "compliance.profile.euGpaiProvider": "compliance.obligations.answers.{v}",
  "compliance.profile.euHighRisk": "compliance.obligations.answers.{v}",
  "compliance.profile.euAnnexIProduct": "compliance.obligations.answers.{v}",
  "compliance.obligations.obligationKey": "compliance.obligations.items.{v}.title",
  "compliance.obligations.status": "compliance.obligations.statuses.{v}",
  "platform.aiFeatures.usageShape": "aiCost.usage.shapes.{v}",
  "platform.aiFeatures.revenueModel": "businessModel.revenue.models.{v}.name",
  "platform.aiCredits.appliesTo": "aiCost.credits.scopes.{v}",
};

export const valueKey = (section: string, collection: string, field: string) => VALUE_KEYS[`${section}.${collection}.${field}`];

const text = (value: string): Label => ({ text: value });
const keyed = (key: string, fallback: string): Label => ({ text: fallback, key });

/** The item's fields without its local key; nested `skills` become one field per area. */
function fieldsOf(item: object, omit: readonly string[] = []): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name === "key" || omit.includes(name)) continue;
    if (name === "skills" && value && typeof value === "object") {
      for (const [area, level] of Object.entries(value)) fields[`skills.${area}`] = level as number;
      continue;
    }
    fields[name] = value as FieldValue;
  }
  return fields;
}

type Builder = Omit<CollectionView, "items"> & { items: (doc: PlanDocument, refs: References) => ItemView[] };

type References = { member: (key: string | null) => string | null; caseName: (ref: CaseRef | null) => string | null; milestone: (key: string) => string };

function references(doc: PlanDocument): References {
  const members = new Map(doc.team.members.map((m) => [m.key, m.name]));
  const cases = new Map(doc.cases.own.map((c) => [c.key, c.title]));
  const milestones = new Map(doc.milestones.milestones.map((m) => [m.key, m.title]));
  return {
    member: (key) => (key === null ? null : (members.get(key) ?? null)),
    // A library card is named by its id (stable, readable: "harvey-legal-ai").
    caseName: (ref) => (ref === null ? null : "own" in ref ? (cases.get(ref.own) ?? null) : ref.library),
    milestone: (key) => milestones.get(key) ?? key,
  };
}

function single(section: SectionId, collection: string, pick: (doc: PlanDocument) => object | null): Builder {
  return {
    section,
    collection,
    single: true,
    renameable: false,
    items: (doc) => {
      const record = pick(doc);
      return record ? [{ identity: collection, label: text(""), fields: fieldsOf(record) }] : [];
    },
  };
}

function many<T extends object>(
  section: SectionId,
  collection: string,
  pick: (doc: PlanDocument) => readonly T[],
  describe: (item: T, refs: References) => { identity: string; label: Label; fields?: Record<string, FieldValue> },
  renameable = false,
): Builder {
  return {
    section,
    collection,
    single: false,
    renameable,
    items: (doc, refs) =>
      pick(doc).map((item) => {
        const { identity, label, fields } = describe(item, refs);
        return { identity, label, fields: { ...fieldsOf(item), ...fields } };
      }),
  };
}

const BUILDERS: Builder[] = [
  single("project", "details", (d) => d.project),
  single("team", "plan", (d) => d.team.plan),
  many("team", "members", (d) => d.team.members, (m) => ({ identity: m.name, label: text(m.name) }), true),
  many("team", "hires", (d) => d.team.hires, (h) => ({ identity: `${h.roleId}|${h.title}`, label: h.title ? text(h.title) : keyed(`team.roles.${h.roleId}.name`, h.roleId) })),
  single("team", "strategy", (d) => (d.team.strategy ? Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, d.team.strategy![f]])) : null)),
  many("businessModel", "canvas", (d) => d.businessModel.canvas, (n, r) => ({ identity: `${n.block}|${n.text}`, label: text(n.text), fields: { sourceCase: r.caseName(n.sourceCase) } }), true),
  many("businessModel", "directionTests", (d) => d.businessModel.directionTests, (t) => ({ identity: t.test, label: keyed(`businessModel.direction.tests.${t.test}.title`, t.test) })),
  many("businessModel", "revenueModels", (d) => d.businessModel.revenueModels, (m) => ({ identity: m.model, label: keyed(`businessModel.revenue.models.${m.model}.name`, m.model) })),
  single("businessModel", "unitEconomics", (d) => d.businessModel.unitEconomics),
  single("businessModel", "burn", (d) => d.businessModel.burn),
  many(
    "risks",
    "items",
    (d) => d.risks.items,
    (risk, r) => ({ identity: risk.title, label: text(risk.title), fields: { owner: r.member(risk.owner), sourceCase: r.caseName(risk.sourceCase) } }),
    true,
  ),
  many("cases", "own", (d) => d.cases.own, (c) => ({ identity: c.title, label: text(c.title) }), true),
  many("cases", "appliedLessons", (d) => d.cases.appliedLessons, (l, r) => {
    const caseName = r.caseName(l.case);
    return { identity: `${l.target}|${caseName}|${l.text}`, label: text(l.text), fields: { case: caseName, targetKey: null } };
  }),
  single("market", "research", (d) => d.market.research),
  single("market", "size", (d) => d.market.size),
  many("market", "segments", (d) => d.market.segments, (s) => ({ identity: s.name, label: text(s.name) }), true),
  many("market", "competitors", (d) => d.market.competitors, (c) => ({ identity: c.name, label: text(c.name) }), true),
  many("market", "trends", (d) => d.market.trends, (t) => ({ identity: t.trendKey ?? t.title, label: text(t.title) }), true),
  many("platform", "dataSources", (d) => d.platform.dataSources, (s) => ({ identity: s.name, label: text(s.name) }), true),
  many("platform", "computeLines", (d) => d.platform.computeLines, (c) => ({ identity: c.name, label: text(c.name) }), true),
  many("platform", "tooling", (d) => d.platform.tooling, (t) => ({ identity: t.itemId, label: keyed(`platform.tooling.items.${t.itemId}.title`, t.itemId) })),
  many("platform", "partners", (d) => d.platform.partners, (p) => ({ identity: p.name, label: text(p.name) }), true),
  single("platform", "aiSettings", (d) => d.platform.aiSettings),
  many("platform", "aiPrices", (d) => d.platform.aiPrices, (p) => ({ identity: p.modelKey, label: text(p.model || p.modelKey) })),
  many(
    "platform",
    "aiFeatures",
    (d) => d.platform.aiFeatures,
    // A route reads as "model key · share %", so a changed mix shows as one changed field.
    (f) => ({ identity: f.name, label: text(f.name), fields: { routes: f.routes.map((r) => `${r.modelKey} · ${r.sharePct} %`) } }),
    true,
  ),
  many("platform", "aiSelfHost", (d) => d.platform.aiSelfHost, (s) => ({ identity: s.name, label: text(s.name) }), true),
  many("platform", "aiCredits", (d) => d.platform.aiCredits, (c) => ({ identity: c.name, label: text(c.name) }), true),
  single("funding", "plan", (d) => d.funding.plan),
  many("funding", "rounds", (d) => d.funding.rounds, (r) => ({ identity: r.stage, label: keyed(`funding.stages.${r.stage}`, r.stage) })),
  many("funding", "channels", (d) => d.funding.channels, (c) => ({ identity: c.kind, label: keyed(`funding.channels.kinds.${c.kind}.name`, c.kind) })),
  many("funding", "uses", (d) => d.funding.uses, (u) => ({ identity: u.category, label: keyed(`funding.uses.categories.${u.category}`, u.category) })),
  single("milestones", "plan", (d) => d.milestones.plan),
  many(
    "milestones",
    "milestones",
    (d) => d.milestones.milestones,
    (m, r) => ({ identity: m.title, label: text(m.title), fields: { dependsOn: m.dependsOn.map(r.milestone) } }),
    true,
  ),
  many(
    "milestones",
    "checks",
    (d) => QUALITY_CHECKS.filter((id) => d.milestones.checks.includes(id) || d.milestones.notApplicable.includes(id)).map((id) => ({ id, notApplicable: d.milestones.notApplicable.includes(id) })),
    (c) => ({ identity: c.id, label: keyed(`milestones.quality.checks.${c.id}`, c.id), fields: { notApplicable: c.notApplicable ? true : null } }),
  ),
  single("compliance", "plan", (d) => d.compliance.plan),
  many("compliance", "items", (d) => d.compliance.items, (i) => ({
    identity: i.catalogueKey ?? `own|${i.title}`,
    label: i.catalogueKey ? keyed(`compliance.catalogue.${i.catalogueKey}.title`, i.title || i.catalogueKey) : text(i.title),
  })),
  single("compliance", "profile", (d) => d.compliance.profile),
  many("compliance", "obligations", (d) => d.compliance.obligations, (o) => ({ identity: o.obligationKey, label: keyed(`compliance.obligations.items.${o.obligationKey}.title`, o.obligationKey) })),
];

/** Fields that only carry an identity or a reference already shown another way. */
const HIDDEN_FIELDS = new Set(["id", "targetKey"]);

/** Every collection of a plan, in the order people read a plan. */
export function planViews(doc: PlanDocument): CollectionView[] {
  const refs = references(doc);
  return BUILDERS.map(({ items, ...collection }) => ({
    ...collection,
    items: items(doc, refs).map((item) => ({ ...item, fields: Object.fromEntries(Object.entries(item.fields).filter(([name]) => !HIDDEN_FIELDS.has(name))) })),
  }));
}
