// Importing a plan file into a new project. Called by the upload route handler (a plan may be up
// to 5 MB, far over a server action's body limit) with the file's text. It answers like a server
// action: ok({ projectId }) or a failure whose code is translated under "history.importErrors".
// Nothing is written unless the whole file passes; the project and all its rows are created in
// one transaction.
import "server-only";
import { fail, invalid, ok, type ActionResult } from "@/lib/actions/result";
import { recordActivity } from "@/lib/activity/mutations";
import { authorizeTeam, type AuthorizedProjectId } from "@/lib/authz/gate";
import { idField } from "@/lib/validation/fields";
import { createProjectFromDocument } from "./mutations";
import { documentHeaderSchema, MAX_IMPORT_BYTES, PLAN_DOCUMENT_VERSION, PLAN_FORMAT, planDocumentSchema } from "./schema";

export type ImportResult = ActionResult<{ projectId: string }>;

export const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

/** Reads a file's text as a plan document, or says precisely why it is not one. */
export function parsePlanFile(text: string) {
  if (byteLength(text) > MAX_IMPORT_BYTES) return fail("importTooLarge");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("importNotJson");
  }
  const header = documentHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== PLAN_FORMAT) return fail("importWrongFormat");
  if (header.data.version !== PLAN_DOCUMENT_VERSION) {
    return fail("importUnsupportedVersion", { fieldErrors: { version: { code: "importUnsupportedVersion", values: { version: String(header.data.version).slice(0, 20) } } } });
  }
  const parsed = planDocumentSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const { fieldErrors } = invalid(parsed.error);
  // The field errors say where (first problems only).
  const where = Object.fromEntries(Object.entries(fieldErrors ?? {}).slice(0, 5));
  return fail("importInvalid", { fieldErrors: where });
}

/** Imports `text` as a new project of `teamId` for the signed-in user (permission "plan.import"). */
export async function importPlanFile(teamId: unknown, text: string, now = new Date()): Promise<ImportResult> {
  // Refuse an oversize file before anything else: it is not even worth authorizing.
  if (byteLength(text) > MAX_IMPORT_BYTES) return fail("importTooLarge");
  const team = idField.safeParse(teamId);
  if (!team.success) return fail("notFound");
  const gate = await authorizeTeam(team.data, "plan.import");
  if (!gate.ok) return gate;
  const parsed = parsePlanFile(text);
  if (!parsed.ok) return parsed;
  try {
    const project = await createProjectFromDocument(gate.access.teamId, parsed.data, { now });
    await recordActivity(project.id as AuthorizedProjectId, gate.access.user.id, "history", { verb: "imported", itemLabel: parsed.data.project.name }).catch((error) =>
      console.error("[activity] could not record an import", error),
    );
    return ok({ projectId: project.id });
  } catch (error) {
    console.error("[import] could not write the plan", error);
    return fail("internal");
  }
}
