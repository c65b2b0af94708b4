// Nothing acknowledged is lost: read every item back and compare with the acknowledged saves.
import type { Ack } from "./editors";

export type Stored = Map<string, { description: string; version: number }>;

export type Verification = {
  items: number;
  acknowledged: number;
  /** Items whose stored value is not their last acknowledged save (and not a later save either). */
  lost: { item: string; expected: string; stored: string; expectedVersion: number; storedVersion: number }[];
  /** Two acknowledged saves of one item with the same version: one silently overwrote the other. */
  duplicateVersions: number;
  /** Items holding a save newer than the last acknowledged one (sent, committed, answer lost). */
  committedWithoutAnswer: number;
};

export function verifyAcknowledged(acks: Ack[], stored: Stored, sent: Map<string, Set<string>>): Verification {
  const byItem = new Map<string, Ack[]>();
  for (const ack of acks) byItem.set(ack.item, [...(byItem.get(ack.item) ?? []), ack]);
  const result: Verification = { items: byItem.size, acknowledged: acks.length, lost: [], duplicateVersions: 0, committedWithoutAnswer: 0 };
  for (const [item, itemAcks] of byItem) {
    const versions = new Set(itemAcks.map((a) => a.version));
    result.duplicateVersions += itemAcks.length - versions.size;
    const last = itemAcks.reduce((a, b) => (b.version > a.version ? b : a));
    const row = stored.get(item);
    const storedVersion = row?.version ?? 0;
    const storedValue = row?.description ?? "(missing)";
    const laterSave = storedVersion > last.version && (sent.get(item)?.has(storedValue) ?? false);
    if (laterSave) result.committedWithoutAnswer++;
    else if (storedVersion !== last.version || storedValue !== last.value) {
      result.lost.push({ item, expected: last.value, stored: storedValue, expectedVersion: last.version, storedVersion });
    }
  }
  return result;
}
