// The forecast as statements: rows of a profit-and-loss view and a cash-flow view, one value per
// month. The page's tables and the CSV/XLSX exports are built from these rows, so they always
// agree. Pure; labels are message keys ("forecast.rows.<key>") the caller translates.
import type { RevenueModelId } from "@/lib/plan/facts";
import type { Forecast } from "./model";

export const STATEMENT_VIEWS = ["pnl", "cashFlow"] as const;
export type StatementView = (typeof STATEMENT_VIEWS)[number];

export type StatementRow = {
  key: string;
  /** Set on a revenue model's own line ("forecast.rows.revenueOf"). */
  model?: RevenueModelId;
  /** Totals are shown in bold. */
  total?: boolean;
  /** null where a value is unknown (cash without a cash balance). */
  values: (number | null)[];
};

export function statementRows(result: Forecast, models: readonly RevenueModelId[], view: StatementView): StatementRow[] {
  const row = (key: string, pick: (m: Forecast["months"][number]) => number | null, total = false): StatementRow => ({ key, total, values: result.months.map(pick) });
  if (view === "cashFlow") {
    return [
      row("openingCash", (m) => m.openingCash),
      row("operating", (m) => m.netIncome),
      row("financing", (m) => m.financing),
      row("closingCash", (m) => m.closingCash, true),
      row("closingCashWithoutRaise", (m) => m.closingCashWithoutRaise),
    ];
  }
  const byModel: StatementRow[] =
    models.length > 1 ? models.map((model, i) => ({ key: "revenueOf", model, values: result.months.map((m) => m.streams[i]?.revenue ?? 0) })) : [];
  return [
    ...byModel,
    row("revenue", (m) => m.revenue, true),
    row("serving", (m) => m.serving),
    row("grossProfit", (m) => m.grossProfit, true),
    row("team", (m) => m.team),
    row("compute", (m) => m.compute),
    row("acquisition", (m) => m.acquisition),
    row("other", (m) => m.other),
    // Only when credits pay something, as a deduction: the rows above less this one are the total.
    ...(result.credits ? [row("credits", (m) => -m.credits)] : []),
    row("costs", (m) => m.costs, true),
    row("netIncome", (m) => m.netIncome, true),
    row("customers", (m) => m.streams.reduce((sum, s) => sum + s.customers, 0)),
    row("newCustomers", (m) => m.streams.reduce((sum, s) => sum + s.newCustomers, 0)),
  ];
}

/** Money to cents for files: what a spreadsheet shows is what the page shows. */
export const toCents = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** A statement laid out for a file: one row per month (a date column first), one column per line. */
export type StatementTable = { header: string[]; rows: { month: string; values: (number | null)[] }[] };

export function statementTable(result: Forecast, rows: StatementRow[], labels: { month: string; row: (row: StatementRow) => string }): StatementTable {
  return {
    header: [labels.month, ...rows.map(labels.row)],
    rows: result.months.map((m, i) => ({ month: m.calendarMonth, values: rows.map((r) => toCents(r.values[i])) })),
  };
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * RFC 4180 CSV with a byte-order mark, so spreadsheet programs read Chinese labels as UTF-8.
 * Months are "yyyy-mm"; numbers are plain (no separators), unknown values are empty.
 */
export function toCsv(table: StatementTable): string {
  const lines = [table.header.map(csvField).join(","), ...table.rows.map((r) => [r.month, ...r.values.map((v) => (v === null ? "" : String(v)))].join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
