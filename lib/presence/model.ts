// Presence by polling: each open project page says "I'm here" every HEARTBEAT_MS; anyone heard
// from within PRESENCE_WINDOW_MS counts as present (three missed beats and they are gone).

export const HEARTBEAT_MS = 15_000;
export const PRESENCE_WINDOW_MS = 45_000;

export function presentSince(now: Date): Date {
  return new Date(now.getTime() - PRESENCE_WINDOW_MS);
}

/** "Ada Lovelace" → "AL", "张伟" → "张伟" (up to two characters of a name without spaces). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "?";
  if (parts.length === 1) return [...parts[0]].slice(0, 2).join("").toUpperCase();
  return ([...parts[0]][0] + [...parts.at(-1)!][0]).toUpperCase();
}

/** A stable colour slot per person (of `slots`), so the same member looks the same everywhere. */
export function toneSlot(id: string, slots: number): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return hash % slots;
}

/**
 * Colour slots for people shown together: each keeps its own stable slot unless someone with the same
 * initials already has it, then takes the next free one, so "Li Wei" and "Lin Wang" never look alike.
 */
export function distinctToneSlots(people: { userId: string; name: string }[], slots: number): Map<string, number> {
  const taken = new Map<string, Set<number>>();
  const out = new Map<string, number>();
  for (const person of [...people].sort((a, b) => a.userId.localeCompare(b.userId))) {
    const key = initials(person.name);
    const used = taken.get(key) ?? new Set<number>();
    let slot = toneSlot(person.userId, slots);
    for (let i = 0; i < slots && used.has(slot); i++) slot = (slot + 1) % slots;
    used.add(slot);
    taken.set(key, used);
    out.set(person.userId, slot);
  }
  return out;
}
