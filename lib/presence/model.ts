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
