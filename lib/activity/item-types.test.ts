import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en/collaboration.json";
import zh from "../../messages/zh-CN/collaboration.json";

// Every kind of item an action names in the activity log has a label in both languages, so the log
// never shows "dataSource" or "computeLine".
function namedItemTypes(): string[] {
  const lib = path.join(__dirname, "..");
  const found = new Set<string>();
  // Versioned saves name theirs in mutations.ts (lib/db/versioned-write.ts writes the row).
  for (const file of fs.readdirSync(lib).flatMap((domain) => ["actions.ts", "mutations.ts"].map((f) => path.join(lib, domain, f)))) {
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, "utf8");
    for (const m of source.matchAll(/itemType: ([^,}\n]+)/g)) for (const q of m[1].matchAll(/"([a-zA-Z]+)"/g)) found.add(q[1]);
    // rowActivity(section, itemType, verb): the helper most row actions use.
    for (const m of source.matchAll(/rowActivity\("[a-zA-Z-]+", "([a-zA-Z]+)"/g)) found.add(m[1]);
    // rowLog(section, where, actorId, itemType) / recordLog(section, projectId, actorId, itemType) / log(projectId, actorId, itemType)
    for (const m of source.matchAll(/(?:rowLog|recordLog)\("[a-zA-Z-]+", [^,]+, [^,]+, "([a-zA-Z]+)"/g)) found.add(m[1]);
    for (const m of source.matchAll(/\blog\(projectId, actorId, "([a-zA-Z]+)"/g)) found.add(m[1]);
  }
  return [...found].sort();
}

describe("activity item types", () => {
  it("are all labelled in English and Chinese", () => {
    const types = namedItemTypes();
    expect(types.length).toBeGreaterThan(10);
    expect(types.filter((t) => !(t in en.comments.itemTypes))).toEqual([]);
    expect(types.filter((t) => !(t in zh.comments.itemTypes))).toEqual([]);
  });
});
