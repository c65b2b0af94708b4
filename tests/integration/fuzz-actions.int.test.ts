// Bad-input fuzz of EVERY server action (found by scanning lib/*/actions.ts, not listed here): as
// the owner of a fresh project, each action gets wrong types, missing and extra fields, oversize
// strings, markup and script, SQL-looking and odd unicode text. It must never throw, never answer
// "internal", and refuse what its schema refuses with translated field errors naming the bad field.
// How payloads are built and judged: reliability/fuzz/*.ts.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { aimAtRecords, reportedVersion } from "../../reliability/fuzz/aim";
import { fuzzCases, type FuzzCase } from "../../reliability/fuzz/cases";
import { discoverServerActions, type ServerAction } from "../../reliability/fuzz/discover";
import { recordIds } from "../../reliability/fuzz/records";
import { recordingDefine } from "../../reliability/fuzz/registry";
import { inputShape, isRecordIdKey, validInput } from "../../reliability/fuzz/sample";
import { problems, translatableKeys } from "../../reliability/fuzz/verdict";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

vi.mock("@/lib/actions/define", async (importOriginal) => recordingDefine(await importOriginal()));

const actions = await discoverServerActions();
const schemaActions = actions.filter((a) => a.recorded);
const translatable = translatableKeys();
const stats = { actions: 0, calls: 0, started: Date.now() };

async function call(action: ServerAction, payload: unknown): Promise<unknown> {
  stats.calls++;
  try {
    return await action.run(payload);
  } catch (error) {
    return { thrown: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const ACCEPTED_FIELD_CASES = 2;
const describeCase = (c: FuzzCase) => c.label;

/** Record ids a field needs, e.g. riskId (enums such as suggestionId name catalogue entries instead). */
function recordIdKeys(action: ServerAction): string[] {
  const shape = inputShape(action.recorded!.schema);
  return shape.required.filter((key) => isRecordIdKey(key) && !shape.properties[key]?.enum);
}

describe("every server action survives bad input", () => {
  it("finds the actions of every domain", () => {
    expect(new Set(actions.map((a) => a.domain)).size).toBeGreaterThanOrEqual(15);
    expect(schemaActions.length).toBeGreaterThanOrEqual(80);
    // The only actions built another way; fuzz-forms.int.test.ts fuzzes them (sign-out takes no input).
    // A new one must be fuzzed there too before it is added here.
    expect(actions.filter((a) => !a.recorded).map((a) => a.name).sort()).toEqual(["reportBrowserTimeZoneAction", "setLocaleAction", "signInAction", "signOutAction", "signUpAction"]);
  });

  for (const action of schemaActions) {
    it(`${action.domain}/${action.name}`, async () => {
      const { schema, kind } = action.recorded!;
      const world = await createTeamWithProject();
      const owner = world.members.OWNER;
      await signInAs(owner);
      const fixed = { projectId: world.project.id, teamId: world.team.id };
      const shape = inputShape(schema);
      let base: Record<string, unknown> = validInput(schema, fixed);
      const failures: string[] = [];
      let succeeded = false;
      const judge = (label: string, fuzzCase: FuzzCase, result: unknown) => {
        if ((result as { ok?: boolean })?.ok) succeeded = true;
        const context = { translatable, roleMayHaveChanged: kind === "team" && succeeded };
        for (const problem of problems(result, fuzzCase, schema, context)) failures.push(`${label}: ${problem}`);
      };

      // Update and delete actions: create rows with the domain's own "add" actions, then aim at them.
      const idKeys = recordIdKeys(action);
      if (idKeys.length) {
        const creators = schemaActions.filter((a) => a.domain === action.domain && recordIdKeys(a).length === 0);
        for (const creator of creators) await call(creator, validInput(creator.recorded!.schema, fixed));
        const aimed = await aimAtRecords(base, idKeys, await recordIds(db, owner.id), (payload) => call(action, payload));
        for (const { payload, result } of aimed.answers) judge("aiming at a stored record", { label: "aim", kind: "id", payload }, result);
        base = aimed.input;
      }

      let version = typeof base.version === "number" ? base.version : undefined;
      let acceptedFieldCases = 0;
      for (const fuzzCase of fuzzCases(schema, base, shape.required)) {
        // A wrong type the schema coerces (true → 1) reaches the handler as an ordinary value:
        // a couple per action are enough; the refused ones cost no database work and all run.
        if (fuzzCase.kind === "field" && schema.safeParse(fuzzCase.payload).success && ++acceptedFieldCases > ACCEPTED_FIELD_CASES) continue;
        // Keep the version current so saves keep reaching the database instead of conflicting.
        const payload = fuzzCase.payload;
        if (version !== undefined && fuzzCase.field !== "version" && payload && typeof payload === "object" && "version" in payload) {
          (payload as { version: unknown }).version = version;
        }
        const result = await call(action, payload);
        judge(describeCase(fuzzCase), fuzzCase, result);
        version = reportedVersion(result) ?? version;
      }
      stats.actions++;

      expect(failures).toEqual([]);
      await db.$queryRawUnsafe(`SELECT count(*) FROM "Project"`); // '; DROP TABLE "Project"; -- did nothing
    });
  }

  afterAll(() => {
    console.log(`fuzzed ${stats.actions} actions with ${stats.calls} calls in ${((Date.now() - stats.started) / 1000).toFixed(1)} s`);
  });
});
