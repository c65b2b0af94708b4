// Writes of the market section. Rows are always addressed by (id AND projectId); updates are
// versioned so a stale save becomes a conflict instead of overwriting someone else's work.
import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { versioned } from "@/lib/actions/row-results";
import { LIMITS } from "@/lib/validation/fields";
import { competitorSelect, researchSelect, segmentSelect, sizeSelect, trendSelect } from "./data";
import type { ApplicationDomain, TrendKey } from "./model";
import type { CompetitorFields, ResearchFields, SegmentFields, SizeFields, TrendFields } from "./schema";

type Where = { id: string; projectId: AuthorizedProjectId };

// ---- one-per-project records. Version 0 means "never saved": the first save creates the record,
// and if someone else created it in the meantime that is a conflict like any other.

export async function saveResearch(projectId: AuthorizedProjectId, version: number, fields: ResearchFields) {
  const read = () => db.marketResearch.findUnique({ where: { projectId }, select: researchSelect });
  const { count } =
    version === 0
      ? await db.marketResearch.createMany({ data: [{ projectId, ...fields }], skipDuplicates: true })
      : await db.marketResearch.updateMany({ where: { projectId, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, read);
}

export async function saveSize(projectId: AuthorizedProjectId, version: number, fields: SizeFields) {
  const read = () => db.marketSize.findUnique({ where: { projectId }, select: sizeSelect });
  const { count } =
    version === 0
      ? await db.marketSize.createMany({ data: [{ projectId, ...fields }], skipDuplicates: true })
      : await db.marketSize.updateMany({ where: { projectId, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, read);
}

// ---- segments

export async function addSegment(projectId: AuthorizedProjectId, name: string, domain: ApplicationDomain) {
  if ((await db.marketSegment.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.marketSegment.create({ data: { projectId, name, domain }, select: segmentSelect });
}

export async function updateSegment(where: Where, version: number, fields: SegmentFields) {
  const { count } = await db.marketSegment.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.marketSegment.findFirst({ where, select: segmentSelect }));
}

export async function deleteSegment(where: Where) {
  return (await db.marketSegment.deleteMany({ where })).count === 1;
}

// ---- competitors

export async function addCompetitor(projectId: AuthorizedProjectId, name: string) {
  if ((await db.marketCompetitor.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.marketCompetitor.create({ data: { projectId, name }, select: competitorSelect });
}

export async function updateCompetitor(where: Where, version: number, fields: CompetitorFields) {
  const { count } = await db.marketCompetitor.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.marketCompetitor.findFirst({ where, select: competitorSelect }));
}

export async function deleteCompetitor(where: Where) {
  return (await db.marketCompetitor.deleteMany({ where })).count === 1;
}

// ---- trend notes

export async function addTrend(projectId: AuthorizedProjectId, title: string, trendKey: TrendKey | null) {
  if ((await db.marketTrend.count({ where: { projectId } })) >= LIMITS.list) return null;
  return db.marketTrend.create({ data: { projectId, title, trendKey }, select: trendSelect });
}

export async function updateTrend(where: Where, version: number, fields: TrendFields) {
  const { count } = await db.marketTrend.updateMany({ where: { ...where, version }, data: { ...fields, version: { increment: 1 } } });
  return versioned(count, () => db.marketTrend.findFirst({ where, select: trendSelect }));
}

export async function deleteTrend(where: Where) {
  return (await db.marketTrend.deleteMany({ where })).count === 1;
}
