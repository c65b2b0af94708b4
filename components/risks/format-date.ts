// Dates in the register are calendar dates (yyyy-mm-dd) or instants shown as their UTC date, so the
// server and the browser render the same text whatever their time zones.
export function formatIsoDate(iso: string | null, locale: string): string {
  if (!iso) return "—";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
  if (Number.isNaN(date.getTime())) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
