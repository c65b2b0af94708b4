// The summary table: one row per check, with what was measured and whether it passed.
import fs from "node:fs";
import path from "node:path";

export type Check = { phase: string; check: string; value: string; pass: boolean | null };

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function markdownTable(checks: Check[], header: string): string {
  const mark = (pass: boolean | null) => (pass === null ? "" : pass ? "pass" : "**FAIL**");
  return [header, "", "| phase | check | measured | result |", "|---|---|---|---|", ...checks.map((c) => `| ${c.phase} | ${c.check} | ${c.value} | ${mark(c.pass)} |`)].join("\n");
}

export function writeResults(dir: string, table: string, json: unknown) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "latest.md"), `${table}\n`);
  fs.writeFileSync(path.join(dir, "latest.json"), JSON.stringify(json, null, 2));
}
