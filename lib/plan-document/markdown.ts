// A whole plan as Markdown (pure): one heading per section and collection, one bullet per filled
// field, in the reader's language. Text is escaped so a plan's words never become formatting.
import { collectionLabel, fieldLabel, formatValue, itemLabel, sectionLabel, type Lookup } from "./format";
import type { PlanDocument } from "./schema";
import { planViews, SECTION_IDS, type CollectionView, type ItemView } from "./views";

/** Backslash-escapes what Markdown would read as formatting or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/gm, (_m, space: string, mark: string) => `${space}\\${mark}`);
}

/** Multi-line values continue inside their bullet (indented), so the list stays one list. */
function bullet(label: string, value: string): string {
  const [first, ...rest] = escapeMarkdown(value).split(/\r?\n/);
  return [`- **${escapeMarkdown(label)}**: ${first}`, ...rest.map((line) => (line.trim() ? `  ${line}` : ""))].join("\n");
}

/** Filled fields only; a skill at level 0 and a field repeating the item's heading say nothing. */
function itemLines(collection: CollectionView, item: ItemView, heading: string, t: Lookup, locale: string): string[] {
  return Object.entries(item.fields)
    .filter(([field, value]) => value !== null && value !== "" && !(Array.isArray(value) && value.length === 0) && !(field.startsWith("skills.") && value === 0))
    .map(([field, value]) => [field, formatValue(collection.section, collection.collection, field, value, t, locale)] as const)
    .filter(([, words]) => words !== heading)
    .map(([field, words]) => bullet(fieldLabel(field, t), words));
}

function collectionBlock(collection: CollectionView, t: Lookup, locale: string): string[] {
  if (collection.items.length === 0) return [];
  const out = [`### ${escapeMarkdown(collectionLabel(collection.section, collection.collection, t))}`, ""];
  if (collection.single) {
    const lines = itemLines(collection, collection.items[0], "", t, locale);
    return lines.length ? [...out, ...lines, ""] : [];
  }
  const items = collection.items.map((item) => {
    const heading = itemLabel(item.label, t) || "—";
    return { heading, lines: itemLines(collection, item, heading, t, locale) };
  });
  // A checklist (items without fields) reads best as a list.
  if (items.every((item) => item.lines.length === 0)) return [...out, ...items.map((item) => `- ${escapeMarkdown(item.heading)}`), ""];
  for (const { heading, lines } of items) out.push(`#### ${escapeMarkdown(heading)}`, "", ...(lines.length ? [...lines, ""] : []));
  return out;
}

export type MarkdownOptions = { t: Lookup; locale: string; /** e.g. "2026-11-20" or a snapshot's name and date */ subtitle: string };

export function planMarkdown(doc: PlanDocument, { t, locale, subtitle }: MarkdownOptions): string {
  const views = planViews(doc);
  const out = [`# ${escapeMarkdown(doc.project.name)}`, ""];
  if (doc.project.oneLiner) out.push(escapeMarkdown(doc.project.oneLiner), "");
  out.push(`_${escapeMarkdown(subtitle)}_`, "");
  for (const section of SECTION_IDS) {
    const blocks = views.filter((v) => v.section === section).flatMap((v) => collectionBlock(v, t, locale));
    out.push(`## ${escapeMarkdown(sectionLabel(section, t))}`, "");
    out.push(...(blocks.length ? blocks : [`_${escapeMarkdown(t("history.markdown.empty") ?? "—")}_`, ""]));
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
