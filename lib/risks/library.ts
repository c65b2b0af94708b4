// The library of risk templates an AI startup typically faces, one or more per category. Only the
// structure lives here; titles, descriptions and suggested mitigations are bilingual content in
// messages/<locale>/risks.json under "templates.<id>". Default ratings are starting points the
// founder adjusts, not measurements.
import type { RiskCategory, RiskResponse } from "./model";

export type RiskTemplate = {
  category: RiskCategory;
  likelihood: number;
  impact: number;
  response: RiskResponse;
  /** Where the content comes from: source documents, or Launchpad's own addition. */
  sources: string | null;
};

export const RISK_TEMPLATES = {
  immatureTechnique: { category: "technicalMaturity", likelihood: 3, impact: 4, response: "mitigate", sources: "000, 004" },
  fallingBehind: { category: "technicalMaturity", likelihood: 3, impact: 3, response: "mitigate", sources: "004" },
  securityBreach: { category: "security", likelihood: 2, impact: 5, response: "mitigate", sources: "004" },
  modelUnderperforms: { category: "modelQuality", likelihood: 3, impact: 4, response: "mitigate", sources: "004" },
  blackBoxTrust: { category: "explainability", likelihood: 3, impact: 3, response: "mitigate", sources: "001, 003, 004" },
  computeCostGrowth: { category: "computeCost", likelihood: 4, impact: 3, response: "mitigate", sources: "000, 001, 004" },
  modelProviderDependence: { category: "providerDependency", likelihood: 3, impact: 4, response: "mitigate", sources: null },
  bigTechEntry: { category: "competition", likelihood: 4, impact: 4, response: "mitigate", sources: "004" },
  priceWar: { category: "competition", likelihood: 3, impact: 3, response: "accept", sources: "004" },
  demandShift: { category: "demandShift", likelihood: 3, impact: 3, response: "mitigate", sources: "004" },
  lowAdoption: { category: "marketAcceptance", likelihood: 3, impact: 4, response: "mitigate", sources: "000" },
  dataResaleConsent: { category: "dataPrivacy", likelihood: 3, impact: 5, response: "avoid", sources: "000, 001, 004" },
  sensitiveDataExposure: { category: "dataPrivacy", likelihood: 2, impact: 5, response: "mitigate", sources: "000, 001, 004" },
  poorTrainingData: { category: "dataQuality", likelihood: 3, impact: 4, response: "mitigate", sources: "000" },
  talentAttrition: { category: "talentLoss", likelihood: 3, impact: 4, response: "mitigate", sources: "000, 001, 004" },
  keyPersonDependence: { category: "keyPerson", likelihood: 3, impact: 5, response: "mitigate", sources: null },
  cashRunway: { category: "cashFlow", likelihood: 3, impact: 5, response: "mitigate", sources: "002" },
  serviceStability: { category: "operations", likelihood: 3, impact: 3, response: "mitigate", sources: "004" },
  costOverrun: { category: "costControl", likelihood: 3, impact: 3, response: "mitigate", sources: "004" },
  regulatoryChange: { category: "regulation", likelihood: 3, impact: 4, response: "mitigate", sources: "000" },
  algorithmicBias: { category: "ethics", likelihood: 2, impact: 4, response: "mitigate", sources: "000" },
  herdFollowing: { category: "strategy", likelihood: 3, impact: 4, response: "avoid", sources: "002" },
} as const satisfies Record<string, RiskTemplate>;

export type RiskTemplateId = keyof typeof RISK_TEMPLATES;
export const RISK_TEMPLATE_IDS = Object.keys(RISK_TEMPLATES) as RiskTemplateId[];

export function isTemplateId(value: unknown): value is RiskTemplateId {
  return typeof value === "string" && Object.hasOwn(RISK_TEMPLATES, value);
}

/** Templates grouped by category, in category order (for the library view). */
export function templatesByCategory(categories: readonly RiskCategory[]): { category: RiskCategory; templates: RiskTemplateId[] }[] {
  return categories
    .map((category) => ({ category, templates: RISK_TEMPLATE_IDS.filter((id) => RISK_TEMPLATES[id].category === category) }))
    .filter((g) => g.templates.length > 0);
}
