import { describe, expect, it } from "vitest";
import { parseActionResult } from "./protocol";
import { verifyAcknowledged, type Stored } from "./verify";

const ack = (item: string, value: string, version: number) => ({ editor: 0, item, value, version, at: 0 });
const stored = (rows: Record<string, [string, number]>): Stored => new Map(Object.entries(rows).map(([id, [description, version]]) => [id, { description, version }]));

describe("verifyAcknowledged", () => {
  it("passes when each item holds its last acknowledged save", () => {
    const acks = [ack("a", "a1", 2), ack("a", "a2", 3), ack("b", "b1", 2)];
    const v = verifyAcknowledged(acks, stored({ a: ["a2", 3], b: ["b1", 2] }), new Map());
    expect(v).toEqual({ items: 2, acknowledged: 3, lost: [], duplicateVersions: 0, committedWithoutAnswer: 0 });
  });

  it("reports an overwritten or rolled-back acknowledged save as lost", () => {
    const acks = [ack("a", "a2", 3), ack("b", "b1", 2)];
    const v = verifyAcknowledged(acks, stored({ a: ["someone else", 3], b: ["initial", 1] }), new Map());
    expect(v.lost.map((l) => [l.item, l.expected, l.stored])).toEqual([
      ["a", "a2", "someone else"],
      ["b", "b1", "initial"],
    ]);
  });

  it("reports two saves acknowledged with the same version", () => {
    const v = verifyAcknowledged([ack("a", "x", 2), ack("a", "y", 2)], stored({ a: ["y", 2] }), new Map());
    expect(v.duplicateVersions).toBe(1);
  });

  it("accepts a later save that was sent but whose answer was lost, and only such a save", () => {
    const sent = new Map([["a", new Set(["a1", "a2-unanswered"])]]);
    expect(verifyAcknowledged([ack("a", "a1", 2)], stored({ a: ["a2-unanswered", 3] }), sent)).toMatchObject({ lost: [], committedWithoutAnswer: 1 });
    expect(verifyAcknowledged([ack("a", "a1", 2)], stored({ a: ["never sent", 3] }), sent).lost).toHaveLength(1);
  });
});

describe("parseActionResult", () => {
  it("finds the action's result line in an RSC response", () => {
    const body = '0:{"a":"$@1","f":"","b":"abc"}\n1:{"ok":true,"data":{"version":7,"score":9,"changed":["description"]}}\n';
    expect(parseActionResult(body)).toEqual({ ok: true, data: { version: 7, score: 9, changed: ["description"] } });
    expect(parseActionResult('0:{"a":"$@1"}\n1:{"ok":false,"code":"conflict","current":{"version":4}}')).toMatchObject({ code: "conflict", current: { version: 4 } });
  });

  it("gives null for a body without a result (an error page)", () => {
    expect(parseActionResult("<!DOCTYPE html><html>Internal Server Error</html>")).toBeNull();
  });
});
