import type { RiskTemplateId } from "@/lib/risks/library";
import { RISK_TEMPLATES } from "@/lib/risks/library";

type Translate = (key: string) => string;

/** The createRiskAction input for a library template, in the reader's language. */
export function riskFromTemplate(projectId: string, templateId: RiskTemplateId, t: Translate) {
  const template = RISK_TEMPLATES[templateId];
  return {
    projectId,
    templateId,
    title: t(`templates.${templateId}.title`),
    description: t(`templates.${templateId}.description`),
    mitigation: t(`templates.${templateId}.mitigation`),
    contingency: t(`templates.${templateId}.contingency`),
    category: template.category,
    likelihood: template.likelihood,
    impact: template.impact,
    response: template.response,
    status: "open",
    ownerMemberId: null,
    nextReview: null,
  };
}
