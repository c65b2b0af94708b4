import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIBRARY, findLibraryCard, type LibraryCard } from "./library";
import {
  AI_PATTERNS,
  CASE_RISK_CATEGORIES,
  FAILURE_CAUSES,
  LIBRARY_KINDS,
  OUTCOMES,
  REVENUE_MODELS,
  SECTOR_TAGS,
  SOURCE_DOCS,
  STAGES,
} from "./tags";

// Claims from the source documents that are wrong (domain.md §8) and must never appear in a card,
// in either language. Each rule is a pattern over one text; `cards` limits it to some cards.
const WRONG_CLAIMS: { rule: string; pattern: RegExp; cards?: string[] }[] = [
  { rule: "GPT-3 inflated to 1.75 trillion parameters", pattern: /1\.75\s*(trillion|万亿)|1,?750\s*billion|17500\s*亿/i },
  { rule: "GPT-3 dated 2018", pattern: /GPT-?3[^.。\n]{0,80}2018|2018[^.。\n]{0,80}GPT-?3/i },
  { rule: "ChatGLM at trillion / hundreds-of-billions scale", pattern: /trillion|万亿|千亿|hundreds of billions/i, cards: ["zhipu-chatglm"] },
  { rule: "ChatGLM at trillion scale (any card)", pattern: /ChatGLM[^.。\n]{0,80}(trillion|万亿|千亿)|(trillion|万亿|千亿)[^.。\n]{0,80}ChatGLM/i },
  { rule: "GPT-3 trained in TensorFlow", pattern: /GPT-?3[^.。\n]{0,120}TensorFlow|TensorFlow[^.。\n]{0,120}GPT-?3/i },
  { rule: "CNNs dated 2006–2012", pattern: /(CNN|convolutional|卷积|LeCun)[^.。\n]{0,80}(2006|2012)|(2006|2012)[^.。\n]{0,80}(CNN|convolutional|卷积|LeCun)/i },
  { rule: "CIFAR-10 95.6% / 97.4% accuracy", pattern: /95\.6|97\.4/ },
  { rule: "anonymous company founded 2015 (anachronistic)", pattern: /2015/ },
  { rule: "unsourced market-size figures", pattern: /hundreds of billions of (US )?dollars|数千亿美元|double-digit|两位数/i },
  { rule: "MXNet credited to Amazon", pattern: /MXNet[^.。\n]{0,60}Amazon|MXNet[^.。\n]{0,60}亚马逊/i },
  { rule: "invented accuracy or growth percentages", pattern: /\d+(\.\d+)?\s*%/, cards: LIBRARY.filter((c) => c.id !== "platform-vision").map((c) => c.id) },
];

function cardTexts(card: LibraryCard): string[] {
  const all = [card.title, card.context, card.approach, card.businessModel, card.whatHappened, ...card.risks, ...card.lessons, ...card.corrections];
  return all.flatMap((t) => [t.en, t.zh]);
}

function wrongClaimsIn(card: LibraryCard): string[] {
  const found: string[] = [];
  for (const { rule, pattern, cards } of WRONG_CLAIMS) {
    if (cards && !cards.includes(card.id)) continue;
    for (const text of cardTexts(card)) if (pattern.test(text)) found.push(`${card.id}: ${rule} — "${text}"`);
  }
  return found;
}

describe("case library content", () => {
  it("contains no listed wrong claim in any card, in either language", () => {
    expect(LIBRARY.flatMap(wrongClaimsIn)).toEqual([]);
  });

  it("the wrong-claim scan does catch planted errors (so the test above can fail)", () => {
    const base = findLibraryCard("openai-gpt")!;
    const planted = (en: string, id = base.id): LibraryCard => ({ ...base, id, corrections: [{ en, zh: "—" }] });
    expect(wrongClaimsIn(planted("GPT-3 was released in 2018."))).toHaveLength(1);
    expect(wrongClaimsIn(planted("It had 1.75 trillion parameters."))).toHaveLength(1);
    expect(wrongClaimsIn({ ...base, corrections: [{ en: "ok", zh: "GPT-3 拥有1.75万亿个参数" }] })).not.toHaveLength(0);
    expect(wrongClaimsIn(planted("ChatGLM has a trillion parameters.", "zhipu-chatglm"))).not.toHaveLength(0);
    expect(wrongClaimsIn(planted("They trained GPT-3 with TensorFlow on GPUs."))).toHaveLength(1);
    expect(wrongClaimsIn(planted("Test accuracy reached 95.6%.", "platform-vision"))).toHaveLength(1);
    expect(wrongClaimsIn(planted("LeCun's CNN work of 2006 to 2012."))).toHaveLength(1);
    expect(wrongClaimsIn(planted("Founded in 2015, it used GPT and BERT."))).toHaveLength(1);
  });

  it("holds every case named in the source documents", () => {
    const expected = [
      "openai-gpt",
      "baidu-paddlepaddle",
      "zhipu-chatglm",
      "google-automl",
      "platform-qa",
      "platform-recommendation",
      "platform-vision",
      "anon-robo-advisor-expansion",
      "anon-healthcare-platform",
      "anon-funding-mix",
      "anon-b2b-robo-advisor",
      "anon-failure-positioning",
      "anon-failure-autonomous-driving",
      "anon-failure-herd-expansion",
      "vignette-finance",
      "vignette-healthcare",
      "vignette-ecommerce",
    ];
    const ids = LIBRARY.map((c) => c.id);
    for (const id of expected) expect(ids).toContain(id);
    expect(LIBRARY.filter((c) => c.tags.outcome === "failure")).toHaveLength(3);
  });

  it("has unique kebab-case ids", () => {
    const ids = LIBRARY.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("is fully bilingual: every text exists in English and Chinese", () => {
    const cjk = /[\u4e00-\u9fff]/;
    for (const card of LIBRARY) {
      const pairs = [card.title, card.context, card.approach, card.businessModel, card.whatHappened, ...card.risks, ...card.lessons, ...card.corrections];
      for (const { en, zh } of pairs) {
        expect(en.trim(), card.id).not.toBe("");
        expect(zh, `${card.id}: ${en}`).toMatch(cjk);
        expect(en, `${card.id}: ${zh}`).toMatch(/[a-z]{3}/i);
      }
      expect(card.risks.length, card.id).toBeGreaterThan(0);
      expect(card.lessons.length, card.id).toBeGreaterThan(0);
    }
  });

  it("uses only known tags, sources and library source-quality labels", () => {
    for (const card of LIBRARY) {
      const { tags } = card;
      expect(LIBRARY_KINDS).toContain(card.kind);
      for (const v of tags.sectors) expect(SECTOR_TAGS).toContain(v);
      for (const v of tags.aiPatterns) expect(AI_PATTERNS).toContain(v);
      for (const v of tags.revenueModels) expect(REVENUE_MODELS).toContain(v);
      for (const v of tags.stages) expect(STAGES).toContain(v);
      for (const v of tags.failureCauses) expect(FAILURE_CAUSES).toContain(v);
      for (const v of [...tags.riskCategories, ...card.risks.map((r) => r.category)]) expect(CASE_RISK_CATEGORIES).toContain(v);
      expect(OUTCOMES).toContain(tags.outcome);
      expect(tags.sectors.length, card.id).toBeGreaterThan(0);
      expect(tags.stages.length, card.id).toBeGreaterThan(0);
      expect(card.sources.length, card.id).toBeGreaterThan(0);
      for (const s of card.sources) expect(SOURCE_DOCS).toContain(s);
      expect(["namedCompanyGeneralised", "listedOnly", "anonymousUnverified", "illustrativePattern"]).toContain(card.sourceQuality);
      // Failure causes belong to failures only.
      expect(tags.failureCauses.length > 0, card.id).toBe(tags.outcome === "failure");
    }
  });

  it("labels anonymous stories as unverified and the named companies as generalised facts", () => {
    for (const card of LIBRARY.filter((c) => c.id.startsWith("anon-"))) expect(card.sourceQuality).toBe("anonymousUnverified");
    expect(findLibraryCard("google-automl")!.sourceQuality).toBe("listedOnly");
    expect(findLibraryCard("openai-gpt")!.sourceQuality).toBe("namedCompanyGeneralised");
  });

  it("states the known facts where a founder would otherwise be misled", () => {
    const gpt = findLibraryCard("openai-gpt")!;
    expect(cardTexts(gpt).join(" ")).toMatch(/2020[^.]*175 billion/);
    expect(gpt.context.zh).toMatch(/2020 年[^。]*1750 亿/);
    const glm = findLibraryCard("zhipu-chatglm")!;
    expect(glm.corrections.map((c) => c.en).join(" ")).toMatch(/6 billion/);
    expect(findLibraryCard("platform-qa")!.corrections[0].en).toMatch(/never released/);
    expect(findLibraryCard("anon-robo-advisor-expansion")!.corrections[0].en).toMatch(/2018/);
  });
});

// The same claims must not slip into the app's other content: every message (both languages) and
// the demo seed. Card-limited rules stay with the cards.
const ROOT = path.join(__dirname, "..", "..");
const GLOBAL_CLAIMS = WRONG_CLAIMS.filter((c) => !c.cards);

function stringsOf(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === "string") return [{ at, text: value }];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${at}.${k}`));
  return [];
}

function contentFiles(): { at: string; text: string }[] {
  const messages = fs.readdirSync(path.join(ROOT, "messages")).flatMap((locale) =>
    fs
      .readdirSync(path.join(ROOT, "messages", locale))
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => stringsOf(JSON.parse(fs.readFileSync(path.join(ROOT, "messages", locale, f), "utf8")), `messages/${locale}/${f}`)),
  );
  const seeds = fs
    .readdirSync(path.join(ROOT, "prisma", "seed"))
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => fs.readFileSync(path.join(ROOT, "prisma", "seed", f), "utf8").split("\n").map((line, i) => ({ at: `prisma/seed/${f}:${i + 1}`, text: line })));
  return [...messages, ...seeds];
}

function wrongClaimsInContent(items: { at: string; text: string }[]): string[] {
  return items.flatMap(({ at, text }) => GLOBAL_CLAIMS.filter(({ pattern }) => pattern.test(text)).map(({ rule }) => `${at}: ${rule} — "${text}"`));
}

describe("messages and demo seed content", () => {
  it("contain no listed wrong claim", () => {
    const items = contentFiles();
    expect(items.length).toBeGreaterThan(1000);
    expect(wrongClaimsInContent(items)).toEqual([]);
  });

  it("the scan catches a planted claim in a message or a seed line", () => {
    expect(wrongClaimsInContent([{ at: "messages/en/x.json.a", text: "GPT-3 (2018) had 1.75 trillion parameters." }])).toHaveLength(2);
    expect(wrongClaimsInContent([{ at: "prisma/seed/x.ts:1", text: "ChatGLM 拥有万亿参数" }])).toHaveLength(1);
  });
});
