// Downloads of the monthly forecast: every member may read them (project.read), anyone else gets
// "not found"; the CSV and the XLSX hold the same numbers as the page, with translated labels and
// months as months. The workbook is opened with the spreadsheet library to check cells.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as exportForecast } from "@/app/projects/[projectId]/business-model/export/route";
import { db } from "@/lib/db/client";
import { addMonths, monthOf } from "@/lib/team/cost";
import { createTeamWithProject, createUser } from "../support/factories";
import { signInAs } from "./session";

const get = (projectId: string, query: string) =>
  exportForecast(new Request(`http://localhost:3000/projects/${projectId}/business-model/export?${query}`), { params: Promise.resolve({ projectId }) });

/** A plan whose first month is easy to check: 10 seats × 299 today, 32.40 to serve each. */
async function plan() {
  const world = await createTeamWithProject();
  const projectId = world.project.id;
  await db.revenueModelChoice.create({
    data: { projectId, model: "subscription", price: 299, unit: "seat", currentVolume: 10, monthlyVolume: 10, rampMonths: 0, inferenceMode: "none", hostingPerUnit: 32.4 },
  });
  await db.burnPlan.create({ data: { projectId, cashOnHand: 100_000, otherMonthlyCosts: 5000.5 } });
  await db.fundingRound.create({ data: { projectId, stage: "seed", amount: 50_000, status: "planned", targetDate: new Date(`${addMonths(monthOf(new Date()), 2)}-15T00:00:00Z`) } });
  return world;
}

describe("forecast export", () => {
  it("gives a viewer the P&L and cash-flow CSVs with cents, months and translated labels", async () => {
    const world = await plan();
    await signInAs(world.members.VIEWER);
    const start = monthOf(new Date());

    const pnl = await get(world.project.id, "format=csv&view=pnl&locale=en");
    expect(pnl.status).toBe(200);
    expect(pnl.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(pnl.headers.get("content-disposition")).toMatch(/^attachment; filename="forecast\.csv"; filename\*=UTF-8''.*Profit%20and%20loss-USD\.csv$/);
    const lines = (await pnl.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(37);
    const header = lines[0].split(",");
    expect(header.slice(0, 4)).toEqual(["Month", "Revenue", "Serving cost (inference and hosting)", "Gross profit"]);
    // Month 1: 10 × 299 = 2,990; serving 10 × 32.40 = 324; gross profit 2,666; other costs 5,000.50.
    const first = lines[1].split(",");
    expect(first[0]).toBe(start);
    expect(first.slice(1, 4).map(Number)).toEqual([2990, 324, 2666]);
    expect(Number(first[header.indexOf("Other costs")])).toBe(5000.5);

    const cash = await get(world.project.id, "format=csv&view=cashFlow&locale=zh-CN");
    const rows = (await cash.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(rows[0]).toBe("月份,期初现金,经营现金流（净利润）,融资到账,期末现金,不计融资的期末现金");
    // Month 3 receives the planned 50,000; each month nets 2,990 − 324 − 5,000.50 = −2,334.50.
    expect(rows[3].split(",")).toEqual([addMonths(start, 2), "95331", "-2334.5", "50000", "142996.5", "92996.5"]);
  });

  it("gives a workbook with both statements that a spreadsheet library reads back", async () => {
    const world = await plan();
    await signInAs(world.members.EDITOR);
    const response = await get(world.project.id, "format=xlsx&locale=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Profit and loss", "Cash flow"]);
    const pnl = workbook.getWorksheet("Profit and loss")!;
    expect(pnl.getCell("A1").value).toBe("Month");
    expect(pnl.getCell("B1").value).toBe("Revenue");
    const month = pnl.getCell("A2").value as Date;
    expect(month).toBeInstanceOf(Date);
    expect(month.toISOString().slice(0, 7)).toBe(monthOf(new Date()));
    expect(pnl.getCell("A2").numFmt).toBe("yyyy-mm");
    expect(pnl.getCell("B2").value).toBe(2990);
    expect(pnl.getCell("C2").value).toBe(324);
    expect(pnl.getCell("B2").numFmt).toBe("#,##0.00");
    expect(pnl.rowCount).toBe(37);
    const cash = workbook.getWorksheet("Cash flow")!;
    expect(cash.getRow(1).values).toEqual([undefined, "Month", "Opening cash", "Operating cash flow (net income)", "Funding rounds", "Closing cash", "Closing cash without the planned rounds"]);
    expect(cash.getCell("D4").value).toBe(50_000);
    expect(cash.getCell("E4").value).toBe(142_996.5);
  });

  it("is not found for a stranger, an anonymous caller and a made-up project", async () => {
    const world = await plan();
    await signInAs(await createUser("Stranger"));
    expect((await get(world.project.id, "format=csv")).status).toBe(404);
    expect((await get(world.project.id, "format=xlsx")).status).toBe(404);
    await signInAs(null);
    expect((await get(world.project.id, "format=csv")).status).toBe(404);
    await signInAs(world.members.OWNER);
    expect((await get("not-a-project", "format=csv")).status).toBe(404);
  });
});
