import { demoForecastInput } from "./prisma/seed/forecast-input";
import { forecast } from "./lib/forecast/model";
for (const p of ["zh","en"] as const) {
  const f = forecast(demoForecastInput(p, "2027-01"));
  console.log(p, JSON.stringify(f.runway), JSON.stringify(f.runwayWithRaise), f.breakEvenIndex, JSON.stringify(f.notes));
  for (const m of f.months) console.log(m.month, m.calendarMonth, [m.revenue, m.serving, m.team, m.compute, m.acquisition, m.other, m.costs, m.netIncome, m.financing, m.closingCash, m.closingCashWithoutRaise].map(v=>v===null?null:Math.round(v)).join(" "), m.streams.map(s=>[s.units.toFixed(3),s.customers.toFixed(3),s.newCustomers.toFixed(3)].join("/")).join(" | "));
}
