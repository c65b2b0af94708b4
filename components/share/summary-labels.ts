import { getTranslations } from "next-intl/server";

// Turns the ids stored in a summary into the viewer's language, using each section's own
// message namespace; an id without a translation is shown as it is.
export async function summaryLabeler(locale?: string) {
  const t = locale ? await getTranslations({ locale }) : await getTranslations();
  const pick = (...keys: string[]) => (id: string) => {
    for (const key of keys) {
      const full = key.replace("{id}", id);
      if (t.has(full)) return t(full);
    }
    return id;
  };
  return {
    stage: pick("stages.{id}"),
    role: pick("team.roles.{id}.name", "team.roles.{id}"),
    commitment: pick("team.commitment.{id}", "team.commitments.{id}"),
    priority: pick("team.priority.{id}", "team.priorities.{id}"),
    revenueModel: pick("businessModel.revenueModels.{id}.name", "businessModel.revenueModels.{id}"),
    canvasBlock: pick("businessModel.blocks.{id}.title", "businessModel.blocks.{id}", "businessModel.canvas.blocks.{id}.title"),
    riskCategory: pick("risks.categories.{id}.name", "risks.categories.{id}"),
    readinessBand: pick("readiness.bands.{id}.name", "readiness.bands.{id}"),
    readinessSection: pick("readiness.sections.{id}.name", "readiness.sections.{id}"),
    instrument: pick("funding.instruments.{id}", "funding.instrument.{id}"),
    roundStatus: pick("funding.roundStatuses.{id}", "funding.roundStatus.{id}"),
    milestoneStatus: pick("milestones.statuses.{id}", "milestones.status.{id}"),
  };
}
