import { demoForecastInput } from "./prisma/seed/forecast-input";
import { forecast, compareScenarios } from "./lib/forecast/model";
for (const p of ["zh","en"] as const) {
  const input = demoForecastInput(p, "2027-01");
  const f = forecast(input);
  const burn = f.months.map(m=>-m.netIncome);
  console.log(p, "maxburn", Math.max(...burn).toFixed(0), "at", burn.indexOf(Math.max(...burn))+1, "mincash", Math.min(...f.months.map(m=>m.closingCash!)).toFixed(0), "avg burn 1-12", (burn.slice(0,12).reduce((a,b)=>a+b)/12).toFixed(0), "sum burn 1-24", burn.slice(0,24).reduce((a,b)=>a+b).toFixed(0));
  for (const s of compareScenarios(input)) console.log(s.id, JSON.stringify(s.runway), JSON.stringify(s.runwayWithRaise), s.lowestCash?.toFixed(0), s.breakEvenIndex);
}
