/** "ownerMemberId" → "owner member id": a readable name for a field that has no label of its own. */
export function fieldWords(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[-_]/g, " ").toLowerCase();
}
