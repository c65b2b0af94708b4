// Money as typed into a text field (components/ui/money-input.tsx): reading what was typed or
// pasted, and showing it with thousands separators. Pure, so it is tested without a browser.
export type Separators = { group: string; decimal: string; symbol: string };

export function moneySeparators(locale: string, currency: string): Separators {
  const parts = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "narrowSymbol" }).formatToParts(12345.6);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  return { group: part("group", ","), decimal: part("decimal", "."), symbol: part("currency", currency) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Reads typed or pasted text. Group separators are layout: while typing they are dropped and put
 * back in the right places; in pasted text they must sit where they belong ("1,234.50"), else the
 * text is not read as a number ("1,23" could mean 1.23 or 123).
 */
export function parseMoneyText(text: string, sep: Separators, strictGroups: boolean): { plain: string; valid: boolean } {
  const trimmed = text.trim().replace(new RegExp(`^${escape(sep.symbol)}\\s*`), "").replace(/\s/g, "");
  if (trimmed === "") return { plain: "", valid: true };
  const group = escape(sep.group);
  const decimal = escape(sep.decimal);
  const grouped = new RegExp(`^\\d{1,3}(${group}\\d{3})+(${decimal}\\d*)?$`);
  if (strictGroups && trimmed.includes(sep.group) && !grouped.test(trimmed)) return { plain: text, valid: false };
  const plain = trimmed.split(sep.group).join("").replace(sep.decimal, ".");
  return /^\d*\.?\d*$/.test(plain) && plain !== "." ? { plain, valid: true } : { plain: text, valid: false };
}

/** Plain "1234567.8" as shown: "1,234,567.8" while typing, "1,234,567.80" when `padCents`. */
export function displayMoneyText(plain: string, sep: Separators, padCents: boolean): string {
  const [whole, fraction] = plain.split(".");
  const digits = whole.replace(/^0+(?=\d)/, "");
  const groupedWhole = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  if (fraction === undefined) return padCents && digits !== "" ? `${groupedWhole}${sep.decimal}00` : groupedWhole;
  const cents = padCents && fraction.length < 2 ? fraction.padEnd(2, "0") : fraction;
  return `${groupedWhole === "" && padCents ? "0" : groupedWhole}${sep.decimal}${cents}`;
}
