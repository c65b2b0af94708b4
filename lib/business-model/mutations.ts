import "server-only";
import { db } from "@/lib/db/client";
import { versionedWrite } from "@/lib/db/versioned-write";
import { savedVersion } from "@/lib/actions/row-results";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { fail, invalid, ok, type ActionResult } from "@/lib/actions/result";
import type { CanvasBlock, DirectionTest, RevenueModelId } from "@/lib/plan/facts";
import { BM_LIMITS, canvasNoteInputSchema, type BurnPlanFields, type DirectionFields, type ModelEconomicsFields, type RevenueModelFields, type UnitEconomicsFields } from "./schema";

/** A save's new version and which fields it changed (for the activity log). */
type Saved = ActionResult<{ version: number; changed: string[] }>;

/** The activity of a save of this section (written with it), or none without an actor. */
const log = (projectId: AuthorizedProjectId, actorId: string | undefined, itemType: string, itemId?: string, itemLabel?: string) =>
  actorId ? { projectId, actorId, section: "business-model" as const, itemType, itemId, itemLabel } : null;

// ── canvas ────────────────────────────────────────────────────────────────────────────────────

/**
 * Adds a note at the end of a canvas block. Also the entry point for "apply a lesson" from a case
 * card (lib/cases), which passes the card's id as `sourceCaseId`. Validates its input itself.
 */
export async function addCanvasNote(
  projectId: AuthorizedProjectId,
  input: { block: CanvasBlock; text: string; sourceCaseId?: string | null },
): Promise<ActionResult<{ id: string; version: number }>> {
  const parsed = canvasNoteInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { block, text, sourceCaseId } = parsed.data;
  const stats = await db.canvasNote.aggregate({ where: { projectId, block }, _count: { _all: true }, _max: { position: true } });
  if (stats._count._all >= BM_LIMITS.notesPerBlock) {
    return fail("validation", { fieldErrors: { text: { code: "tooMany", values: { max: BM_LIMITS.notesPerBlock } } } });
  }
  const note = await db.canvasNote.create({
    data: { projectId, block, text, sourceCaseId, position: (stats._max.position ?? -1) + 1 },
    select: { id: true, version: true },
  });
  return ok(note);
}

export async function updateCanvasNote(projectId: AuthorizedProjectId, noteId: string, version: number, text: string, actorId?: string): Promise<Saved> {
  return savedVersion(
    await versionedWrite({
      model: "canvasNote",
      where: { id: noteId, projectId },
      version,
      data: { text },
      select: { text: true, version: true },
      activity: log(projectId, actorId, "canvasNote", noteId, text),
    }),
  );
}

/**
 * Moves a note to place `to` (0 = first) in its block; a place past the end means last.
 * Order is not content: versions stay, so an edit in flight on any note still saves.
 */
export async function moveCanvasNote(projectId: AuthorizedProjectId, noteId: string, to: number): Promise<ActionResult<{ moved: boolean }>> {
  return db.$transaction(async (tx) => {
    const note = await tx.canvasNote.findFirst({ where: { id: noteId, projectId }, select: { block: true } });
    if (!note) return fail("notFound");
    const siblings = await tx.canvasNote.findMany({
      where: { projectId, block: note.block },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    const from = siblings.findIndex((s) => s.id === noteId);
    const target = Math.min(to, siblings.length - 1);
    if (target === from) return ok({ moved: false });
    const order = [...siblings];
    const [moving] = order.splice(from, 1);
    order.splice(target, 0, moving);
    // Positions become 0..n-1 so ties can never make a move a no-op; only the notes between the
    // old and the new place change.
    for (const [position, sibling] of order.entries()) {
      if (sibling.position !== position) await tx.canvasNote.updateMany({ where: { id: sibling.id, projectId }, data: { position } });
    }
    return ok({ moved: true });
  });
}

/** Returns the deleted note's text, so the activity log can name it. */
export async function deleteCanvasNote(projectId: AuthorizedProjectId, noteId: string): Promise<ActionResult<{ text: string }>> {
  const note = await db.canvasNote.findFirst({ where: { id: noteId, projectId }, select: { text: true } });
  const { count } = await db.canvasNote.deleteMany({ where: { id: noteId, projectId } });
  return note && count === 1 ? ok({ text: note.text }) : fail("notFound");
}

// ── direction tests ───────────────────────────────────────────────────────────────────────────

export async function saveDirectionTest(projectId: AuthorizedProjectId, test: DirectionTest, version: number, fields: DirectionFields, actorId?: string): Promise<Saved> {
  return savedVersion(
    await versionedWrite({
      model: "directionAssessment",
      where: { projectId, test },
      version,
      data: fields,
      select: { verdict: true, assessment: true, evidence: true, version: true },
      create: { projectId, test, ...fields },
      activity: log(projectId, actorId, "directionTest", test),
    }),
  );
}

// ── revenue models ────────────────────────────────────────────────────────────────────────────

/** Choosing a model twice is harmless: it stays chosen once. */
export async function chooseRevenueModel(projectId: AuthorizedProjectId, model: RevenueModelId): Promise<ActionResult<{ version: number }>> {
  const row = await db.revenueModelChoice.upsert({
    where: { projectId_model: { projectId, model } },
    create: { projectId, model },
    update: {},
    select: { version: true },
  });
  return ok(row);
}

const revenueSelect = { rationale: true, price: true, unit: true, currentVolume: true, monthlyVolume: true, rampMonths: true, conversionPct: true, churnPct: true, version: true } as const;

export async function updateRevenueModel(projectId: AuthorizedProjectId, model: RevenueModelId, version: number, fields: RevenueModelFields, actorId?: string): Promise<Saved> {
  return savedVersion(
    await versionedWrite({ model: "revenueModelChoice", where: { projectId, model }, version, data: fields, select: revenueSelect, activity: log(projectId, actorId, "revenueModel", model) }),
  );
}

const modelEconomicsSelect = {
  unitsPerCustomer: true,
  cac: true,
  inferenceMode: true,
  inputTokensPerUnit: true,
  cachedInputTokensPerUnit: true,
  outputTokensPerUnit: true,
  inputPricePerMillion: true,
  cachedInputPricePerMillion: true,
  outputPricePerMillion: true,
  gpuHoursPerUnit: true,
  gpuHourRate: true,
  hostingPerUnit: true,
  version: true,
} as const;

/** The economics step's fields of one revenue model: same row and version as the revenue step's. */
export async function saveModelEconomics(projectId: AuthorizedProjectId, model: RevenueModelId, version: number, fields: ModelEconomicsFields, actorId?: string): Promise<Saved> {
  return savedVersion(
    await versionedWrite({ model: "revenueModelChoice", where: { projectId, model }, version, data: fields, select: modelEconomicsSelect, activity: log(projectId, actorId, "revenueModel", model) }),
  );
}

export async function removeRevenueModel(projectId: AuthorizedProjectId, model: RevenueModelId): Promise<ActionResult<{ removed: true }>> {
  const { count } = await db.revenueModelChoice.deleteMany({ where: { projectId, model } });
  return count === 1 ? ok({ removed: true }) : fail("notFound");
}

// ── unit economics and burn ───────────────────────────────────────────────────────────────────

const economicsSelect = { primaryModel: true, thirdPartyModelApi: true, modelProvider: true, version: true } as const;

export async function saveUnitEconomics(projectId: AuthorizedProjectId, version: number, fields: UnitEconomicsFields, actorId?: string): Promise<Saved> {
  return savedVersion(
    await versionedWrite({
      model: "unitEconomics",
      where: { projectId },
      version,
      data: fields,
      select: economicsSelect,
      create: { projectId, ...fields },
      activity: log(projectId, actorId, "unitEconomics"),
    }),
  );
}

export async function saveBurnPlan(projectId: AuthorizedProjectId, version: number, fields: BurnPlanFields, actorId?: string): Promise<Saved> {
  return savedVersion(
    await versionedWrite({
      model: "burnPlan",
      where: { projectId },
      version,
      data: fields,
      select: { cashOnHand: true, otherMonthlyCosts: true, otherCostsNote: true, revenueGrowthPct: true, includeServingCost: true, version: true },
      create: { projectId, ...fields },
      activity: log(projectId, actorId, "burnPlan"),
    }),
  );
}
