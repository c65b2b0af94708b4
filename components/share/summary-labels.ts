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
    role: pick("team.roles.{id}.name"),
    commitment: pick("team.commitments.{id}"),
    priority: pick("team.priorities.{id}"),
    revenueModel: pick("businessModel.revenue.models.{id}.name"),
    canvasBlock: pick("businessModel.canvas.blocks.{id}.title"),
    riskCategory: pick("risks.categories.{id}"),
    readinessBand: pick("readiness.bands.{id}"),
    readinessSection: pick("readiness.sections.{id}"),
    fundingStage: pick("funding.stages.{id}"),
    instrument: pick("funding.instruments.{id}"),
    roundStatus: pick("funding.roundStatuses.{id}"),
    useCategory: pick("funding.uses.categories.{id}"),
    milestoneStatus: pick("milestones.milestone.statuses.{id}"),
  };
}
