// The forecast as an Excel workbook: one sheet per statement, months as real dates (shown as
// yyyy-mm), money with two decimals. exceljs is maintained on npm and has no install scripts; the
// npm "xlsx" package is an old, vulnerable release (SheetJS now ships only from its own CDN).
import ExcelJS from "exceljs";
import type { StatementTable } from "./statement";

export async function statementWorkbook(sheets: { name: string; table: StatementTable }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Launchpad";
  for (const { name, table } of sheets) {
    // Sheet names: at most 31 characters and none of : \ / ? * [ ].
    const sheet = workbook.addWorksheet(name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) {
      const [year, month] = row.month.split("-").map(Number);
      sheet.addRow([new Date(Date.UTC(year, month - 1, 1)), ...row.values]);
    }
    sheet.getColumn(1).numFmt = "yyyy-mm";
    sheet.getColumn(1).width = 12;
    for (let c = 2; c <= table.header.length; c++) {
      sheet.getColumn(c).numFmt = "#,##0.00";
      sheet.getColumn(c).width = Math.max(14, Math.min(40, table.header[c - 1].length + 2));
    }
    sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
