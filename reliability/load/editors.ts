// Simulated editors: each saves, again and again, either its own risk or one of the shared risks
// through the real server-action protocol, keeping the version of its last acknowledged save (a
// conflict tells it the stored version; it then saves on top, like "keep mine" in the UI). A save
// that fails (HTTP error, "internal", refused connection, timeout) is retried with backoff.
import type { Config } from "./config";
import { callServerAction } from "./protocol";
import { RISK_FIELDS, type Item } from "./world";

export type Outcome = "ok" | "conflict" | "failed" | "unexpected";
export type Attempt = { editor: number; item: string; at: number; ms: number; outcome: Outcome; detail?: string; timedOut?: boolean; serverError?: boolean };
export type Ack = { editor: number; item: string; value: string; version: number; at: number };

export type PhaseLog = {
  attempts: Attempt[];
  acks: Ack[];
  /** Saves still failing when their retry time ran out. */
  unsaved: { editor: number; item: string; value: string }[];
  /** Saves a failed attempt was retried for, and how many of those were then acknowledged. */
  retried: number;
  retriedThenSaved: number;
  /** Saves left after MAX_REBASES conflicts in a row (someone else kept saving the same item). */
  leftAfterConflicts: number;
  retriedThenLeftAfterConflicts: number;
  /** Every value sent per item (a save may commit although its answer was lost). */
  sent: Map<string, Set<string>>;
};

export type Editor = { index: number; cookie: string; versions: Map<string, number> };

/** After this many conflicts in a row on one save, the editor leaves it (a person would look first). */
export const MAX_REBASES = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runEditors(options: {
  config: Config;
  base: string;
  projectId: string;
  actionId: string;
  editors: Editor[];
  items: Item[];
  until: number;
}): Promise<PhaseLog> {
  const { config, base, projectId, actionId, items } = options;
  const log: PhaseLog = { attempts: [], acks: [], unsaved: [], retried: 0, retriedThenSaved: 0, leftAfterConflicts: 0, retriedThenLeftAfterConflicts: 0, sent: new Map() };
  const shared = items.filter((i) => i.shared);

  async function save(editor: Editor, item: Item, value: string) {
    const firstTry = Date.now();
    let rebases = 0;
    let failures = 0;
    const sent = log.sent.get(item.id) ?? new Set<string>();
    log.sent.set(item.id, sent.add(value));
    for (;;) {
      const version = editor.versions.get(item.id) ?? 1;
      const started = Date.now();
      const answer = await callServerAction({
        base,
        path: `/projects/${projectId}/risks`,
        actionId,
        cookie: editor.cookie,
        args: [{ projectId, riskId: item.id, version, ...RISK_FIELDS, title: item.title, description: value, ownerMemberId: null, nextReview: "" }],
        timeoutMs: config.requestTimeoutMs,
      });
      const attempt: Attempt = { editor: editor.index, item: item.id, at: started, ms: Date.now() - started, outcome: "failed" };
      log.attempts.push(attempt);
      const result = answer.kind === "result" ? answer.result : null;

      if (result?.ok) {
        attempt.outcome = "ok";
        const saved = (result.data as { version: number }).version;
        editor.versions.set(item.id, saved);
        log.acks.push({ editor: editor.index, item: item.id, value, version: saved, at: Date.now() });
        if (failures > 0) log.retriedThenSaved++;
        return;
      }
      if (result?.code === "conflict") {
        attempt.outcome = "conflict";
        const stored = (result.current as { version?: number } | undefined)?.version;
        if (typeof stored === "number") editor.versions.set(item.id, stored);
        if (++rebases > MAX_REBASES) {
          log.leftAfterConflicts++;
          if (failures > 0) log.retriedThenLeftAfterConflicts++;
          return;
        }
        continue;
      }
      if (result && result.code !== "internal") {
        attempt.outcome = "unexpected";
        attempt.detail = `code ${result.code}`;
        return;
      }
      // A visible failure: "internal", an HTTP error, no connection or no answer in time.
      attempt.detail = answer.kind === "transport" ? `${answer.status ?? "no answer"} ${answer.detail.slice(0, 120)}` : "code internal";
      attempt.timedOut = answer.kind === "transport" && answer.timedOut;
      attempt.serverError = result?.code === "internal" || (answer.kind === "transport" && (answer.status ?? 0) >= 500);
      if (failures++ === 0) log.retried++;
      if (Date.now() - firstTry > config.retryForMs) {
        log.unsaved.push({ editor: editor.index, item: item.id, value });
        return;
      }
      await sleep(Math.min(2000, 100 * 2 ** Math.min(failures, 5)));
    }
  }

  async function edit(editor: Editor) {
    const own = items.find((i) => i.owner === editor.index)!;
    let seq = 0;
    while (Date.now() < options.until) {
      const item = shared.length && Math.random() < config.sharedShare ? shared[Math.floor(Math.random() * shared.length)] : own;
      await save(editor, item, `editor ${editor.index} save ${++seq} at ${Date.now()}`);
      await sleep(config.thinkMs * (0.5 + Math.random()));
    }
  }

  await Promise.all(options.editors.map(edit));
  return log;
}
