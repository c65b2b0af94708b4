// The static compliance catalogue each project's checklist is seeded from. Titles and explanations
// are in messages "compliance.catalogue.<key>" (zh-CN and en); this file holds what the code needs.
//
// `origin`: "docs" items are named in the source documents (domain.md §5.3); "launchpad" items are
// Launchpad's additions for rules the documents omit, shown with "not legal advice — review with
// counsel". The documents' vague US / "international" items (an unnamed "algorithmic discrimination
// bill draft", "FTC guidance", "AI ethics guidelines", …; domain.md §8 item 15) do not identify real
// instruments and are deliberately not listed.
import type { ComplianceMarket, ComplianceTopic } from "./model";

export type CatalogueItem = {
  key: string;
  market: ComplianceMarket;
  topic: ComplianceTopic;
  origin: "docs" | "launchpad";
  /** Source documents for "docs" items (domain.md codes). */
  sources?: string;
  /** What kind of instrument it is; policy plans and standards are not binding law. */
  kind: "law" | "regulation" | "standard" | "policy" | "practice";
};

export const CATALOGUE: readonly CatalogueItem[] = [
  // China
  { key: "cnCybersecurityLaw", market: "china", topic: "security", origin: "docs", sources: "000, 002", kind: "law" },
  { key: "cnDataSecurityLaw", market: "china", topic: "dataProtection", origin: "docs", sources: "002", kind: "law" },
  { key: "cnPersonalInfoSpec", market: "china", topic: "dataProtection", origin: "docs", sources: "000", kind: "standard" },
  { key: "cnAiDevelopmentPlan", market: "china", topic: "aiRegulation", origin: "docs", sources: "000", kind: "policy" },
  { key: "cnPipl", market: "china", topic: "dataProtection", origin: "launchpad", kind: "law" },
  { key: "cnAlgorithmRecommendation", market: "china", topic: "aiRegulation", origin: "launchpad", kind: "regulation" },
  { key: "cnDeepSynthesis", market: "china", topic: "aiRegulation", origin: "launchpad", kind: "regulation" },
  { key: "cnGenerativeAi", market: "china", topic: "aiRegulation", origin: "launchpad", kind: "regulation" },
  // European Union
  { key: "euGdpr", market: "eu", topic: "dataProtection", origin: "docs", sources: "000, 004", kind: "regulation" },
  { key: "euDigitalServicesAct", market: "eu", topic: "platform", origin: "docs", sources: "000", kind: "regulation" },
  { key: "euDigitalMarketsAct", market: "eu", topic: "platform", origin: "docs", sources: "000", kind: "regulation" },
  { key: "euAiAct", market: "eu", topic: "aiRegulation", origin: "launchpad", kind: "regulation" },
  // United States
  { key: "usCcpa", market: "us", topic: "dataProtection", origin: "docs", sources: "004", kind: "law" },
  // Every market: obligations and practices the documents name
  { key: "informedConsent", market: "general", topic: "dataProtection", origin: "docs", sources: "004", kind: "practice" },
  { key: "dataGovernance", market: "general", topic: "dataProtection", origin: "docs", sources: "004", kind: "practice" },
  { key: "privacyTechniques", market: "general", topic: "dataProtection", origin: "docs", sources: "001, 004", kind: "practice" },
  { key: "securityAudits", market: "general", topic: "security", origin: "docs", sources: "004", kind: "practice" },
  { key: "incidentResponse", market: "general", topic: "security", origin: "docs", sources: "004", kind: "practice" },
  { key: "ipProtection", market: "general", topic: "ip", origin: "docs", sources: "002", kind: "practice" },
  { key: "legalCounsel", market: "general", topic: "governance", origin: "docs", sources: "000", kind: "practice" },
  { key: "ethicsTraining", market: "general", topic: "governance", origin: "docs", sources: "000", kind: "practice" },
  { key: "complianceChecks", market: "general", topic: "governance", origin: "docs", sources: "000, 004", kind: "practice" },
];

const BY_KEY = new Map(CATALOGUE.map((item) => [item.key, item]));

export function catalogueItem(key: string | null): CatalogueItem | undefined {
  return key === null ? undefined : BY_KEY.get(key);
}
