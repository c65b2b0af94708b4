// One plan section's share of the plan document, so a field added to a section changes only its
// part (and the document schema). Export: `select` (the section's rows, merged into the ONE Prisma
// query of ../data.ts) and `assemble` (rows → the section). Import: `clear` (the section's list
// rows, before a restore) and `write` (the section → rows, inside the caller's transaction).
// References between sections (a risk's owner, case links, lessons on risks and notes) go through
// the shared keys below: local keys ("risk-3") on export, new ids on import.
import type { ProjectSelect, RowsOf } from "../data";
import type { Tx } from "../mutations";
import type { CaseRef, PlanDocument, PlanSectionId } from "../schema";

/** Local key of each exported row that another section may point at, by database id. */
export type ExportKeys = {
  member: ReadonlyMap<string, string>;
  case: ReadonlyMap<string, string>;
  risk: ReadonlyMap<string, string>;
  note: ReadonlyMap<string, string>;
  /** A stored case id as the document names it: an own case's key or a library id (null: gone). */
  caseRef: (id: string | null) => CaseRef | null;
};

/** New database id of each imported row that another section may point at, by local key. */
export type ImportIds = {
  member: ReadonlyMap<string, string>;
  case: ReadonlyMap<string, string>;
  risk: ReadonlyMap<string, string>;
  note: ReadonlyMap<string, string>;
  caseId: (ref: CaseRef | null) => string | null;
};

export type SectionWriter = {
  tx: Tx;
  projectId: string;
  now: Date;
  ids: ImportIds;
};

export type SectionPart<K extends PlanSectionId, S extends ProjectSelect> = {
  select: S;
  /** Checked by the document schema when read (../data.ts canonicalDocument). */
  assemble: (rows: RowsOf<S>, keys: ExportKeys) => unknown;
  /** Deletes of the section's list rows; one-per-project rows are replaced by `write`. */
  clear: (tx: Tx, where: { projectId: string }) => (() => Promise<unknown>)[];
  write: (w: SectionWriter, section: PlanDocument[K]) => Promise<void>;
};

export const byCreation = [{ createdAt: "asc" }, { id: "asc" }] as const;

export const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
export const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Sorts by the position of `id(row)` in a catalogue; unknown ids go last, in their stored order. */
export function byCatalogue<T>(rows: readonly T[], catalogue: readonly string[], id: (row: T) => string): T[] {
  const rank = (row: T) => {
    const i = catalogue.indexOf(id(row));
    return i === -1 ? catalogue.length : i;
  };
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i).map(({ row }) => row);
}

/** Adds the project id and increasing creation times to a list's rows, so it reads back in the document's order. */
export function rowsOf<T extends object>(w: SectionWriter, list: readonly T[]) {
  return list.map((row, i) => ({ ...row, projectId: w.projectId, createdAt: new Date(w.now.getTime() - list.length + i) }));
}

/**
 * One-per-project records are updated in place with a new version (an editor still holding the
 * old version gets a conflict instead of silently overwriting the restored text), created when
 * missing, and deleted when the document has none.
 */
export function singleton<F extends object>(
  w: SectionWriter,
  fields: F | null,
  upsert: (args: { where: { projectId: string }; create: F & { projectId: string }; update: F & { version: { increment: number } } }) => Promise<unknown>,
  remove: (args: { where: { projectId: string } }) => Promise<unknown>,
) {
  const where = { projectId: w.projectId };
  return fields === null ? remove({ where }) : upsert({ where, create: { ...fields, projectId: w.projectId }, update: { ...fields, version: { increment: 1 } } });
}
