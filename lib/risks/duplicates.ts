// Likely duplicates between a library template (or a suggestion made from one) and the risks a
// founder already wrote in their own words: "Dependence on a third-party model provider" and
// "Upstream provider triples API prices" are the same risk. A hint, never a block: the founder
// may still add the template. Pure; texts in both languages are passed in.

export type OwnRisk = { id: string; title: string; category: string };
export type TemplateText = { category: string; titles: string[]; descriptions: string[] };

// Words that appear in almost every risk of an AI startup and so say nothing about which risk it is.
const STOP_WORDS = new Set(
  ("risk risks about after again against also because been before being below between both could does doing down during each " +
    "from further have having here into itself just more most other over same should some such than that their them then there " +
    "these they this those through under until very were what when where which while will with would your ours make makes made " +
    "product products service services company model models customer customers team plan business startup market").split(" "),
);
// Han bigrams as generic as the words above.
const STOP_BIGRAMS = new Set(["风险", "产品", "公司", "我们", "可能", "导致", "一个", "模型", "客户", "团队", "业务", "市场", "服务", "没有", "如果", "或者", "影响"]);
const SHORT_TERMS = new Set(["api", "gpu", "llm", "ip", "pii", "sla"]);

/** Significant words (lower case, plural "s" dropped) and Han-character bigrams of a text. */
export function significantTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const lower = text.toLowerCase();
  for (const word of lower.match(/[a-z]+/g) ?? []) {
    if (!(word.length >= 4 || SHORT_TERMS.has(word)) || STOP_WORDS.has(word)) continue;
    tokens.add(word.length > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);
  }
  for (const run of lower.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!STOP_BIGRAMS.has(bigram)) tokens.add(bigram);
    }
  }
  return tokens;
}

// The register is compared with every library template in turn: split each title into terms once.
const tokenCache = new WeakMap<readonly OwnRisk[], { risk: OwnRisk; own: Set<string> }[]>();
function tokenized(risks: readonly OwnRisk[]) {
  let entries = tokenCache.get(risks);
  if (!entries) {
    entries = risks.map((risk) => ({ risk, own: significantTokens(risk.title) }));
    tokenCache.set(risks, entries);
  }
  return entries;
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const token of a) if (b.has(token)) count++;
  return count;
}

/**
 * The founder's risk that most likely covers the template already, or null. Likely means: its title
 * shares two significant terms with the template's title or description (in either language), or one
 * term with the template's title when both are in the same category.
 */
export function likelyDuplicate(template: TemplateText, risks: readonly OwnRisk[]): OwnRisk | null {
  const titleTokens = significantTokens(template.titles.join(" "));
  const allTokens = significantTokens([...template.titles, ...template.descriptions].join(" "));
  let best: { risk: OwnRisk; strength: number } | null = null;
  for (const { risk, own } of tokenized(risks)) {
    const overall = shared(own, allTokens);
    const sameCategoryTitle = risk.category === template.category ? shared(own, titleTokens) : 0;
    if (overall < 2 && sameCategoryTitle < 1) continue;
    const strength = overall + sameCategoryTitle;
    if (!best || strength > best.strength) best = { risk, strength };
  }
  return best?.risk ?? null;
}
