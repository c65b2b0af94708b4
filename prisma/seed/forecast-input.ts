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

const PLANS = {
  zh: { model: ZH_MODEL, funding: ZH_FUNDING, platform: ZH_PLATFORM, team: ZH_TEAM },
  en: { model: EN_MODEL, funding: EN_FUNDING, platform: EN_PLATFORM, team: EN_TEAM },
} as const;

export function demoForecastInput(plan: keyof typeof PLANS, startMonth: Month): ForecastInput {
  const { model, funding, platform, team } = PLANS[plan];
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
    },
  });
}
