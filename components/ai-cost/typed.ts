// Numbers are edited as text so a half-typed value is kept; the server parses and checks them.
// These read the typed text for the live preview, which never shows NaN.

/** The typed number, or 0 while the field is empty or not a number. */
export function typed(text: string): number {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? value : 0;
}

/** The typed number, or null while the field is empty or not a number. */
export function typedOrNull(text: string): number | null {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? value : null;
}

export const asText = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));
