// Words for plan views (pure): section, collection, field and value labels from the message files,
// shared by the diff page and the Markdown export so both read the same.
import { findLibraryCard } from "@/lib/cases/library";
import { formatNumber } from "@/lib/i18n/format";
import { SECTION_SLUGS, valueKey, type FieldValue, type Label, type SectionId } from "./views";

/** A message by its full path ("risks.categories.security"), or undefined when there is none. */
export type Lookup = (path: string, values?: Record<string, string | number>) => string | undefined;

type Tree = { [key: string]: unknown };

/** A Lookup over loaded messages (the server's full tree); `{name}` placeholders are filled in. */
export function lookupIn(messages: Tree): Lookup {
  return (path, values = {}) => {
    let node: unknown = messages;
    for (const part of path.split(".")) {
      if (!node || typeof node !== "object") return undefined;
      node = (node as Tree)[part];
    }
    if (typeof node !== "string") return undefined;
    return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

export function sectionLabel(section: SectionId, t: Lookup): string {
  return t(`sections.${SECTION_SLUGS[section]}`) ?? section;
}

export function collectionLabel(section: SectionId, collection: string, t: Lookup): string {
  return t(`history.collections.${section}.${collection}`) ?? collection;
}

export function fieldLabel(field: string, t: Lookup): string {
  if (field.startsWith("skills.")) {
    const area = field.slice("skills.".length);
    return `${t("history.fields.skills") ?? "skills"} · ${t(`team.areas.${area}`) ?? area}`;
  }
  return t(`history.fields.${field}`) ?? field;
}

export function itemLabel(label: Label, t: Lookup): string {
  return (label.key ? t(label.key) : undefined) ?? label.text;
}

/** A stored value as words: enumerations translated, numbers grouped, nothing as "—". */
export function formatValue(section: SectionId, collection: string, field: string, value: FieldValue, t: Lookup, locale: string): string {
  if (value === null || value === "") return "—";
  if (typeof value === "boolean") return t(`history.values.${value ? "yes" : "no"}`) ?? String(value);
  const key = valueKey(section, collection, field);
  const word = (v: string) => (key ? (t(key.replace("{v}", v)) ?? v) : v);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "—";
    return key ? word(String(value)) : formatNumber(value, locale, 4);
  }
  if (Array.isArray(value)) return value.length ? value.map(word).join(", ") : "—";
  // A case-study card from the library is named by its title in the reader's language.
  if (field === "sourceCase" || field === "case") {
    const card = findLibraryCard(value as string);
    if (card) return locale.startsWith("zh") ? card.title.zh : card.title.en;
  }
  // A review stamp: the day is what people need.
  if (/^\d{4}-\d{2}-\d{2}T/.test(value as string)) return (value as string).slice(0, 10);
  return word(value as string);
}

/** A snapshot's title: its name, or for automatic ones what they were made for. */
export function snapshotTitle(snapshot: { kind: "MANUAL" | "BEFORE_RESTORE" | "SHARE_LINK"; name: string }, t: Lookup): string {
  // Share links may have no label.
  const name = snapshot.name || (t("history.list.untitled") ?? "");
  if (snapshot.kind === "MANUAL") return name;
  return t(`history.kindNames.${snapshot.kind}`, { name }) ?? name;
}
