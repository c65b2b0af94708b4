// Remembers which zod schema each server action was built with, so the fuzz test can derive a
// valid input for every action without a hand-written list. The test wraps the real
// projectAction / teamAction / userAction (lib/actions/define.ts) with `recordingDefine`.
import type { z } from "zod";

export type ActionKind = "project" | "team" | "user";
export type RecordedAction = { schema: z.ZodType; kind: ActionKind };

// Kept on globalThis: the mocked module and the test may be evaluated as separate module instances.
const holder = globalThis as unknown as { __launchpadFuzzRegistry?: WeakMap<object, RecordedAction> };
const registry = (holder.__launchpadFuzzRegistry ??= new WeakMap());

export function recordedAction(action: unknown): RecordedAction | undefined {
  return typeof action === "function" ? registry.get(action) : undefined;
}

type Define = typeof import("@/lib/actions/define");

/** The real define module, with every built action remembered together with its schema. */
export function recordingDefine(real: Define): Define {
  const wrap =
    <F extends (schema: never, ...rest: never[]) => object>(kind: ActionKind, build: F) =>
    (schema: z.ZodType, ...rest: unknown[]) => {
      const action = (build as unknown as (...args: unknown[]) => object)(schema, ...rest);
      registry.set(action, { schema, kind });
      return action;
    };
  return {
    ...real,
    projectAction: wrap("project", real.projectAction) as Define["projectAction"],
    teamAction: wrap("team", real.teamAction) as Define["teamAction"],
    userAction: wrap("user", real.userAction) as Define["userAction"],
  };
}
