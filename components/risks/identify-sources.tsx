import { getTranslations } from "next-intl/server";
import { likelyDuplicate, type OwnRisk } from "@/lib/risks/duplicates";
import { RISK_TEMPLATE_IDS, RISK_TEMPLATES } from "@/lib/risks/library";
import type { RiskSuggestion } from "@/lib/risks/model";
import { LibraryPanel } from "./library-panel";
import { SuggestionsPanel } from "./suggestions-panel";

export type LikelyDuplicates = Record<string, { id: string; title: string }>;

type Props = {
  projectId: string;
  canEdit: boolean;
  suggestions: { open: RiskSuggestion[]; dismissed: RiskSuggestion[]; templatesInUse: string[]; ownRisks: OwnRisk[] };
};

/** Where new risks come from, below the register: the plan's suggestions and the library, each template
 * flagged when the founder already wrote the same risk in their own words (in either language). */
export async function IdentifySources({ projectId, canEdit, suggestions }: Props) {
  const [en, zh] = await Promise.all([getTranslations({ locale: "en", namespace: "risks" }), getTranslations({ locale: "zh-CN", namespace: "risks" })]);
  const duplicates: LikelyDuplicates = {};
  for (const id of RISK_TEMPLATE_IDS) {
    const match = likelyDuplicate(
      {
        category: RISK_TEMPLATES[id].category,
        titles: [en(`templates.${id}.title`), zh(`templates.${id}.title`)],
        descriptions: [en(`templates.${id}.description`), zh(`templates.${id}.description`)],
      },
      suggestions.ownRisks,
    );
    if (match) duplicates[id] = { id: match.id, title: match.title };
  }
  return (
    <div className="space-y-4" data-testid="risk-sources">
      <SuggestionsPanel projectId={projectId} open={suggestions.open} dismissed={suggestions.dismissed} canEdit={canEdit} duplicates={duplicates} />
      <LibraryPanel projectId={projectId} templatesInUse={suggestions.templatesInUse} canEdit={canEdit} duplicates={duplicates} />
    </div>
  );
}
