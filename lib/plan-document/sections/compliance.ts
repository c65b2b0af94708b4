import { CATALOGUE } from "@/lib/compliance/catalogue";
import { OBLIGATION_KEYS } from "@/lib/compliance/obligations";
import type { ProjectSelect } from "../data";
import { asDate, byCatalogue, byCreation, isoDate, rowsOf, singleton, type SectionPart } from "./part";

const select = {
  compliancePlan: { select: { ipStrategy: true } },
  complianceItems: { select: { catalogueKey: true, market: true, topic: true, title: true, status: true, owner: true, notes: true }, orderBy: [...byCreation] },
  complianceProfile: {
    select: {
      markets: true,
      domains: true,
      publicGenerative: true,
      publicOpinion: true,
      personalInfo: true,
      sensitivePersonalInfo: true,
      largeScalePersonalInfo: true,
      usPhi: true,
      euGpaiProvider: true,
      euHighRisk: true,
      euAnnexIProduct: true,
    },
  },
  complianceObligations: { select: { obligationKey: true, status: true, owner: true, dueDate: true, evidence: true } },
} as const satisfies ProjectSelect;

const catalogueKeys = new Set(CATALOGUE.map((c) => c.key));

export const compliancePart: SectionPart<"compliance", typeof select> = {
  select,
  assemble: (rows) => ({
    plan: rows.compliancePlan,
    // A catalogue item the catalogue no longer has is kept as the founders' own item.
    items: rows.complianceItems.map((item) => (item.catalogueKey && !catalogueKeys.has(item.catalogueKey) ? { ...item, catalogueKey: null, title: item.title || item.catalogueKey } : item)),
    profile: rows.complianceProfile,
    // Tracking of an obligation the catalogue no longer has is dropped (the schema would refuse it).
    obligations: byCatalogue(rows.complianceObligations, OBLIGATION_KEYS, (o) => o.obligationKey)
      .filter((o) => OBLIGATION_KEYS.includes(o.obligationKey))
      .map((o) => ({ ...o, dueDate: isoDate(o.dueDate) })),
  }),
  clear: (tx, where) => [() => tx.complianceItem.deleteMany({ where }), () => tx.complianceObligation.deleteMany({ where })],
  write: async (w, compliance) => {
    const { tx, projectId } = w;
    await singleton(w, compliance.plan, (a) => tx.compliancePlan.upsert(a), (a) => tx.compliancePlan.deleteMany(a));
    await tx.complianceItem.createMany({ data: rowsOf(w, compliance.items) });
    await singleton(w, compliance.profile, (a) => tx.complianceProfile.upsert(a), (a) => tx.complianceProfile.deleteMany(a));
    await tx.complianceObligation.createMany({ data: compliance.obligations.map(({ dueDate, ...o }) => ({ ...o, dueDate: asDate(dueDate), projectId })) });
  },
};
