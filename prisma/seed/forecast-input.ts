// The demo plans' forecast input built from the seed data alone (no database), for the tests that
// pin the two demo forecasts (lib/forecast/model.test.ts). It follows what the seeders store:
// hires and rounds are months from the day the demo is loaded (`startMonth`).
import { forecastInput } from "../../lib/business-model/evaluate";
import { EMPTY_CHOICE_FIELDS } from "../../lib/business-model/model";
import type { ForecastInput } from "../../lib/forecast/model";
import { computeMonthlyCost } from "../../lib/platform/model";
import { computeLineFieldsSchema } from "../../lib/platform/schema";
import { addMonths, costSchedule, type Month } from "../../lib/team/cost";
import { EN as EN_MODEL, ZH as ZH_MODEL } from "./business-model";
import { EN as EN_FUNDING, roundDate, ZH as ZH_FUNDING } from "./funding";
import { EN as EN_PLATFORM, ZH as ZH_PLATFORM } from "./platform";
import { EN as EN_TEAM, ZH as ZH_TEAM } from "./team";
import { EN as EN_AI, ZH as ZH_AI, type SeedAi } from "./ai-planning";
import { featureFieldsSchema, settingsFieldsSchema } from "../../lib/ai-pricing/schema";
import { bookOf } from "../../lib/ai-pricing/plan";
import { routedServingByModel } from "../../lib/ai-pricing/serving";

const PLANS = {
  zh: { model: ZH_MODEL, funding: ZH_FUNDING, platform: ZH_PLATFORM, team: ZH_TEAM, ai: ZH_AI, currency: "CNY" },
  en: { model: EN_MODEL, funding: EN_FUNDING, platform: EN_PLATFORM, team: EN_TEAM, ai: EN_AI, currency: "USD" },
} as const;

/** The demo's routing mixes as serving cost per revenue model, priced from the shipped price book. */
function demoRouting(ai: SeedAi, currency: string) {
  const settings = settingsFieldsSchema.parse(ai.settings);
  const features = ai.features.map((f, i) => ({ id: String(i), ...featureFieldsSchema.parse(f) }));
  return routedServingByModel(features, bookOf([]), { USD: settings.usdRate, CNY: settings.cnyRate, EUR: settings.eurRate }, currency);
}

/** The demo forecast without its dated credits (they are pinned on their own in the credits tests). */
export function demoForecastInput(plan: keyof typeof PLANS, startMonth: Month): ForecastInput {
  const { model, funding, platform, team, ai, currency } = PLANS[plan];
  const hires = team.hires.map((h) => ({ ...h, targetMonth: addMonths(startMonth, h.inMonths) }));
  return forecastInput({
    startMonth,
    revenueChoices: model.revenue.map((r) => ({ ...EMPTY_CHOICE_FIELDS, ...r })),
    economics: { primaryModel: model.economics.primaryModel, thirdPartyModelApi: true, modelProvider: model.economics.modelProvider },
    burn: { ...model.burn, includeServingCost: true },
    costs: {
      team: costSchedule(team.members, hires),
      computeMonthlyCost: computeMonthlyCost(platform.computeLines.map((line) => computeLineFieldsSchema.parse(line))),
      rounds: funding.rounds.map(({ inMonths, ...r }) => ({ stage: r.stage, amount: r.amount, status: r.status, targetDate: roundDate(startMonth, inMonths) })),
      routing: demoRouting(ai, currency),
    },
  });
}
