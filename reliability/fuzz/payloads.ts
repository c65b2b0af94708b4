// The bad and odd values every server action is fed. Grouped by what they probe; each has a
// name so a failure says which one broke what.

/** Values of the wrong type for any field. */
export const WRONG_TYPES: Record<string, unknown> = {
  number: 12345,
  negative: -1,
  huge: 1e308,
  notANumber: Number.NaN,
  infinity: Number.POSITIVE_INFINITY,
  boolean: true,
  null: null,
  emptyArray: [],
  array: ["x", 1],
  object: { nested: "value" },
  scriptObject: { "<script>": "<script>alert(1)</script>" },
};

/** Strings that must be refused: sizes beyond any limit. */
export const REFUSED_STRINGS: Record<string, string> = {
  oversize10k: "a".repeat(10_000),
  oversize1m: "b".repeat(1_000_000),
};

/**
 * Text a plan may legitimately contain, or that must be refused with a field error — never a crash.
 * Related oddities share one value (each stays under the shortest name limit) to keep calls few.
 */
export const ODD_STRINGS: Record<string, string> = {
  // Markup is text like any other: stored as typed, escaped wherever it is shown (see e2e/plain-text.spec.ts).
  html: '<b>bold</b><img src=x onerror="alert(1)">',
  script: "<script>alert(1)</script>",
  scriptUpper: "<SCRIPT SRC=//evil.test/x.js></SCRIPT>",
  sql: `'; DROP TABLE "Project"; -- ' OR '1'='1`,
  bidiAndZeroWidth: "invoice\u202Efdp.exe\u202C zero\u200Bwidth\u200Djoiner\uFEFF 👩‍👩‍👧‍👦🚀",
  escapedMarkupAndChinese: "&lt;script&gt;alert(1)&lt;/script&gt; 法务智审 · 合同审查",
  jsonAndControlChars: '{"ok":true,"__proto__":{"admin":true}} bell\u0007 esc\u001B[31m',
  nul: "nul\u0000byte",
  loneSurrogate: "broken \uD800 surrogate \uDFFF",
  whitespaceOnly: " \t\n ",
};

/** Extra keys next to a valid input: unknown fields must be ignored or refused, never trusted. */
export function withExtraFields(input: Record<string, unknown>): Record<string, unknown> {
  return {
    ...JSON.parse('{"__proto__": {"polluted": true}}'),
    extra: "<script>alert(1)</script>",
    role: "OWNER",
    archived: true,
    createdAt: "1970-01-01",
    constructor: { prototype: { polluted: true } },
    ...input,
  };
}

/** Whole-argument payloads instead of an input object. */
export const TOP_LEVEL: Record<string, unknown> = {
  undefined: undefined,
  null: null,
  number: 42,
  string: "<script>alert(1)</script>",
  array: [{}],
  boolean: true,
  emptyObject: {},
};
