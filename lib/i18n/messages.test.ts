import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";

// Every key exists in every locale, and no translation is empty.
const root = path.join(__dirname, "..", "..", "messages");

function flatten(value: unknown, prefix = ""): Record<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
  }
  return { [prefix]: value };
}

function load(locale: string): Record<string, unknown> {
  const dir = path.join(root, locale);
  const all: Record<string, unknown> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    Object.assign(all, flatten(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), path.basename(file, ".json")));
  }
  return all;
}

describe("messages", () => {
  const [en, ...others] = LOCALES.map((l) => [l, load(l)] as const);
  for (const [locale, messages] of others) {
    it(`${locale} has exactly the keys of ${en[0]}`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en[1]).sort());
    });
  }
  for (const [locale, messages] of [en, ...others]) {
    it(`${locale} has no empty strings`, () => {
      const empty = Object.entries(messages).filter(([, v]) => typeof v === "string" && v.trim() === "").map(([k]) => k);
      expect(empty).toEqual([]);
    });
  }
});
