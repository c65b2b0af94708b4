// The one way a section saves a versioned record (optimistic concurrency): every `*.mutations.ts`
// save of a row with a `version` column goes through `versionedWrite`.
//
// In ONE interactive transaction (5 round trips: BEGIN, SELECT, UPDATE … RETURNING, INSERT, COMMIT):
//   1. read the row's current values of the written fields (+ `select`);
//   2. gone → "notFound"; another version → "conflict" with what is stored now (the client merges
//      per field, components/wizard/three-way-merge.ts);
//   3. nothing really changed → "saved" with the stored row: no write, no version bump, no activity;
//   4. otherwise `UPDATE … WHERE <where> AND version = <version> … RETURNING <select>` (Prisma's
//      updateManyAndReturn). The version check in the UPDATE itself closes the race: a concurrent
//      writer that read the same version blocks on the row lock and then matches no row →
//      "conflict". So when the UPDATE matches, the values read in step 1 are exactly what it
//      overwrote (every write of these fields bumps the version), and no SELECT … FOR UPDATE is needed;
//   5. insert the activity row with only the fields that really changed and their old → new
//      values. It is in the same transaction: if the insert fails, the save is rolled back.
// Version 0 with `create` means "never saved": the row is created (a unique violation — someone
// else created it first — becomes a conflict like any other).
import "server-only";
import { clampChanges, clampSummary, fieldChanges, type FieldChange } from "@/lib/activity/model";
import type { ProjectArea } from "@/lib/activity/schema";
import { db, Prisma } from "./client";

type Tx = Prisma.TransactionClient;

/** Tables a versioned write can target (every model delegate with `updateManyAndReturn`). */
export type VersionedModel = {
  [K in keyof Tx]: Tx[K] extends { updateManyAndReturn: (...args: never[]) => unknown; create: (...args: never[]) => unknown } ? K : never;
}[keyof Tx];

type SelectOf<M extends VersionedModel> = NonNullable<Prisma.Args<Tx[M], "findFirst">["select"]>;
type WhereOf<M extends VersionedModel> = NonNullable<Prisma.Args<Tx[M], "findFirst">["where"]>;
type DataOf<M extends VersionedModel> = Prisma.Args<Tx[M], "updateMany">["data"];
type CreateOf<M extends VersionedModel> = Prisma.Args<Tx[M], "create">["data"];
/** The selected row (`version` is always selected). */
export type RowOf<M extends VersionedModel, S> = Prisma.Result<Tx[M], { select: S }, "findFirstOrThrow"> & { version: number };

export type VersionedResult<R> =
  | { outcome: "saved"; row: R; changes: FieldChange[] }
  | { outcome: "conflict"; current: R }
  | { outcome: "notFound" };

/** Who made the change and what it was made to, for the activity log. */
export type WriteActivity<R> = {
  projectId: string;
  actorId: string;
  section: ProjectArea;
  itemType?: string;
  itemId?: string;
  /** The item's human name, e.g. the risk's title (a function reads it from the saved row). */
  itemLabel?: string | null | ((row: R) => string | null | undefined);
  /** Written fields that are not the user's (derived values such as a risk's score). */
  ignore?: readonly string[];
};

export type VersionedWrite<M extends VersionedModel, S extends SelectOf<M>> = {
  model: M;
  /** Identifies the row, always scoped by project, e.g. `{ id, projectId }` or `{ projectId, model }`. */
  where: WhereOf<M>;
  /** The version the writer last saw. */
  version: number;
  /** The written columns, as plain values (no `increment` or relation operations). */
  data: DataOf<M> & Record<string, unknown>;
  /** What the caller gets back on "saved" (the row) and "conflict" (`current`); must include version. */
  select: S & { version: true };
  /** Version 0 creates the row with these values (records stored the first time they are saved). */
  create?: CreateOf<M>;
  /** Record the change in the project's activity log, in the same transaction. */
  activity?: WriteActivity<RowOf<M, S>> | null;
  /** Changes the caller writes itself besides `data` (e.g. a relation): they count as a change
   *  (the version is bumped, the activity lists them) — give them with `tx`, and write them there. */
  extraChanges?: readonly FieldChange[];
  /** Run inside this (caller's) transaction instead of a new one, e.g. one holding a lock. Not with `create`. */
  tx?: Tx;
};

/** The operations used, without Prisma's per-model generics (the public signature keeps the types). */
type Delegate = {
  findFirst(args: { where: object; select: object }): Promise<Record<string, unknown> | null>;
  updateManyAndReturn(args: { where: object; data: object; select: object }): Promise<Record<string, unknown>[]>;
  create(args: { data: object; select: object }): Promise<Record<string, unknown>>;
};
const delegate = (client: Tx | typeof db, model: VersionedModel) => client[model] as unknown as Delegate;

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function versionedWrite<M extends VersionedModel, S extends SelectOf<M>>(write: VersionedWrite<M, S>): Promise<VersionedResult<RowOf<M, S>>> {
  type R = RowOf<M, S>;
  const { model, where, version, select } = write;
  const data = write.data as Record<string, unknown>;
  const pick = (row: Record<string, unknown>) => Object.fromEntries(Object.keys(select).map((k) => [k, row[k]])) as R;

  if (version === 0 && write.create) {
    if (write.tx) throw new Error("versionedWrite: `create` cannot run inside a caller's transaction (a unique violation would abort it)");
    try {
      return await db.$transaction(async (tx) => {
        const row = await delegate(tx, model).create({ data: write.create as object, select });
        const changes = fieldChanges({}, data);
        await logChange(tx, write.activity, row as R, changes);
        return { outcome: "saved" as const, row: row as R, changes };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const current = await delegate(db, model).findFirst({ where, select });
      return current ? { outcome: "conflict", current: current as R } : { outcome: "notFound" };
    }
  }

  const run = async (tx: Tx): Promise<VersionedResult<R>> => {
    const table = delegate(tx, model);
    const readSelect = { ...Object.fromEntries(Object.keys(data).map((k) => [k, true])), ...select, version: true };
    const before = await table.findFirst({ where, select: readSelect });
    if (!before) return { outcome: "notFound" };
    if (before.version !== version) return { outcome: "conflict", current: pick(before) };
    const changes = [...fieldChanges(before, data), ...(write.extraChanges ?? [])];
    if (changes.length === 0) return { outcome: "saved", row: pick(before), changes };
    const [row] = await table.updateManyAndReturn({ where: { ...where, version }, data: { ...data, version: { increment: 1 } }, select });
    if (!row) {
      const current = await table.findFirst({ where, select });
      return current ? { outcome: "conflict", current: current as R } : { outcome: "notFound" };
    }
    await logChange(tx, write.activity, row as R, changes);
    return { outcome: "saved", row: row as R, changes };
  };
  return write.tx ? run(write.tx) : db.$transaction(run);
}

/** One activity row for a save that changed something the user wrote (none otherwise). */
async function logChange<R>(tx: Tx, activity: WriteActivity<R> | null | undefined, row: R, changes: FieldChange[]) {
  if (!activity) return;
  const logged = changes.filter((c) => !(activity.ignore ?? []).includes(c.field));
  if (logged.length === 0) return;
  const label = typeof activity.itemLabel === "function" ? activity.itemLabel(row) : activity.itemLabel;
  const summary = clampSummary({
    verb: "updated",
    itemType: activity.itemType,
    itemId: activity.itemId,
    itemLabel: label ?? undefined,
    fields: logged.map((c) => c.field),
  });
  await tx.activity.create({
    data: {
      projectId: activity.projectId,
      actorId: activity.actorId,
      section: activity.section,
      verb: summary.verb,
      itemType: summary.itemType ?? null,
      itemId: summary.itemId ?? null,
      itemLabel: summary.itemLabel ?? null,
      fields: summary.fields,
      changes: clampChanges(logged),
    },
    select: { id: true },
  });
}

/** The activity of a list row's save (`where` is the row's id and project), or none without an actor. */
export function rowLog(
  section: ProjectArea,
  where: { id: string; projectId: string },
  actorId: string | undefined,
  itemType: string,
  labelField = "name",
): WriteActivity<Record<string, unknown>> | null {
  if (!actorId) return null;
  return { projectId: where.projectId, actorId, section, itemType, itemId: where.id, itemLabel: (row) => (typeof row[labelField] === "string" ? (row[labelField] as string) : null) };
}

/** The activity of a one-per-project record's save (or of a keyed record: `itemId`), or none without an actor. */
export function recordLog(section: ProjectArea, projectId: string, actorId: string | undefined, itemType: string, itemId?: string): WriteActivity<unknown> | null {
  return actorId ? { projectId, actorId, section, itemType, itemId, itemLabel: itemId } : null;
}

/** Shapes a write's rows for the client (e.g. dates as yyyy-mm-dd), outcome unchanged. */
export function mapVersioned<R, T>(result: VersionedResult<R>, view: (row: R) => T): VersionedResult<T> {
  if (result.outcome === "saved") return { ...result, row: view(result.row) };
  if (result.outcome === "conflict") return { outcome: "conflict", current: view(result.current) };
  return result;
}
