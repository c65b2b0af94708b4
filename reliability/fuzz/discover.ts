// Every server action of the app: the exported functions of each lib/<domain>/actions.ts, so an
// action added later is fuzzed without anyone listing it.
import fs from "node:fs";
import path from "node:path";
import { recordedAction, type RecordedAction } from "./registry";

export type ServerAction = {
  domain: string;
  name: string;
  run: (...args: unknown[]) => Promise<unknown>;
  /** Set for actions built with projectAction / teamAction / userAction. */
  recorded?: RecordedAction;
};

export async function discoverServerActions(libDir = "lib"): Promise<ServerAction[]> {
  const domains = fs
    .readdirSync(libDir)
    .filter((domain) => fs.existsSync(path.join(libDir, domain, "actions.ts")))
    .sort();
  const actions: ServerAction[] = [];
  for (const domain of domains) {
    const exported = (await import(path.resolve(libDir, domain, "actions.ts"))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== "function") continue;
      actions.push({ domain, name, run: value as ServerAction["run"], recorded: recordedAction(value) });
    }
  }
  return actions;
}
