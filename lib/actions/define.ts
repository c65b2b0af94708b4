// Thin server actions: parse → authorize → run → typed result. Business failures are results;
// unexpected errors are logged and become "internal".
import "server-only";
import type { z } from "zod";
import { authorizeProject, authorizeTeam, authorizeUser, type ProjectAccess, type TeamAccess } from "@/lib/authz/gate";
import type { Action } from "@/lib/authz/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { ActivityOption } from "@/lib/activity/model";
import { recordActivity } from "@/lib/activity/mutations";
import { fail, invalid, type ActionResult } from "./result";

/** Server actions accept at most this much input (JSON-encoded); a plan section is far smaller. */
const MAX_INPUT_BYTES = 256 * 1024;

function parse<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | ReturnType<typeof fail> {
  let size = 0;
  try {
    size = raw instanceof FormData ? 0 : JSON.stringify(raw ?? null).length;
  } catch {
    return fail("validation");
  }
  if (size > MAX_INPUT_BYTES) return fail("payloadTooLarge");
  const input = raw instanceof FormData ? Object.fromEntries(raw) : raw;
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error);
}

async function guarded<R>(run: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
  try {
    return await run();
  } catch (error) {
    // Next's redirect/notFound are control flow, not failures.
    if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) throw error;
    console.error("[action] unexpected error", error);
    return fail("internal");
  }
}

export type ProjectActionOptions<I, R> = {
  /**
   * Records the change in the project's activity log (who changed what and when). Give it to every
   * action that writes plan content:
   *
   *   projectAction(createRiskSchema, "plan.edit", handler, {
   *     activity: { section: "risks", summarize: (input, risk) => ({ verb: "created", itemType: "risk", itemId: risk.id, itemLabel: input.title }) },
   *   });
   *
   * Exactly one row is written after each successful result (`ok`), none after a failure or when
   * `summarize` returns null (nothing changed). Versioned saves do not use this option: their
   * activity row (only the really changed fields, old → new) is written in the save's own
   * transaction by lib/db/versioned-write.ts.
   */
  activity?: ActivityOption<I, R>;
};

export function projectAction<S extends z.ZodType<{ projectId: string }>, R>(
  schema: S,
  permission: Action,
  handler: (input: z.output<S>, access: ProjectAccess) => Promise<ActionResult<R>>,
  options: ProjectActionOptions<z.output<S>, R> = {},
) {
  return async (raw: unknown): Promise<ActionResult<R>> =>
    guarded(async () => {
      const parsed = parse(schema, raw);
      if (!parsed.ok) return parsed;
      const gate = await authorizeProject(parsed.data.projectId, permission);
      if (!gate.ok) return gate;
      const result = await handler(parsed.data, gate.access);
      if (result.ok && options.activity) await recordChange(options.activity, parsed.data, result.data, gate.access);
      return result;
    });
}

/** The write has already succeeded: a failure to log it is reported but does not undo or hide it. */
async function recordChange<I, R>(activity: ActivityOption<I, R>, input: I, data: R, access: ProjectAccess) {
  try {
    const summary = activity.summarize(input, data);
    if (!summary) return;
    const section = typeof activity.section === "function" ? activity.section(input, data) : activity.section;
    await recordActivity(access.projectId, access.user.id, section, summary);
  } catch (error) {
    console.error("[activity] could not record a change", error);
  }
}

export function teamAction<S extends z.ZodType<{ teamId: string }>, R>(
  schema: S,
  permission: Action,
  handler: (input: z.output<S>, access: TeamAccess) => Promise<ActionResult<R>>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> =>
    guarded(async () => {
      const parsed = parse(schema, raw);
      if (!parsed.ok) return parsed;
      const gate = await authorizeTeam(parsed.data.teamId, permission);
      if (!gate.ok) return gate;
      return handler(parsed.data, gate.access);
    });
}

export function userAction<S extends z.ZodType, R>(schema: S, handler: (input: z.output<S>, user: SessionUser) => Promise<ActionResult<R>>) {
  return async (raw: unknown): Promise<ActionResult<R>> =>
    guarded(async () => {
      const parsed = parse(schema, raw);
      if (!parsed.ok) return parsed;
      const session = await authorizeUser();
      if (!session.ok) return session;
      return handler(parsed.data, session.user);
    });
}
