import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One Chinese term per concept: readiness is 就绪度 everywhere (navigation, summary, PDF, rubric).
const ZH_DIR = path.join(process.cwd(), "messages", "zh-CN");
const RETIRED = { "准备度": "就绪度" };

describe("Chinese terminology", () => {
  it("uses one term for readiness in every message file", () => {
    const offending = fs
      .readdirSync(ZH_DIR)
      .flatMap((file) => Object.keys(RETIRED).filter((term) => fs.readFileSync(path.join(ZH_DIR, file), "utf8").includes(term)).map((term) => `${file}: ${term}`));
    expect(offending).toEqual([]);
  });
});
