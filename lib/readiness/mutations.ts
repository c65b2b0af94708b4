// Writes for readiness: snapshots (only when the result changed) and self-assessments.
import "server-only";
import { recordLog, versionedWrite } from "@/lib/db/versioned-write";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { Prisma } from "@/lib/generated/prisma/client";
import { fingerprintOf } from "./fingerprint";
import type { ReadinessResult } from "./model";
import type { CriterionId, Rating } from "./rubric";

const snapshotSelect = { id: true, createdAt: true, total: true, band: true } as const;

/**
 * Stores the result as a new snapshot unless the latest snapshot already says the same (same
 * ratings, reasons, values, notes, stage, contradictions and rubric version). Returns the snapshot
 * that records it.
 *
 * Concurrency: a new snapshot takes the latest one's sequence + 1, and (projectId, sequence) is
 * unique. Two recalculations that read the same latest snapshot race for the same number: one
 * insert wins, the other gets a unique violation, reads again and finds the winner's snapshot
 * (same result: nothing more is stored) or, if the plan changed in between, tries once more.
 */
export async function storeSnapshotIfChanged(projectId: AuthorizedProjectId, result: ReadinessResult, triggeredById: string) {
  const fingerprint = fingerprintOf(result);
  for (let attempt = 0; ; attempt++) {
    const latest = await db.readinessSnapshot.findFirst({
      where: { projectId },
      orderBy: [{ sequence: "desc" }],
      select: { ...snapshotSelect, fingerprint: true, sequence: true },
    });
    if (latest?.fingerprint === fingerprint) {
      const { fingerprint: _f, sequence: _s, ...snapshot } = latest;
      return { stored: false, snapshot };
    }
    try {
      const snapshot = await db.readinessSnapshot.create({
        data: {
          projectId,
          rubricVersion: result.rubricVersion,
          criteria: result.criteria as unknown as Prisma.InputJsonValue,
          sections: result.sections as unknown as Prisma.InputJsonValue,
          total: result.total,
          band: result.band,
          fingerprint,
          sequence: (latest?.sequence ?? 0) + 1,
          triggeredById,
        },
        select: snapshotSelect,
      });
      return { stored: true, snapshot };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || attempt >= 2) throw error;
    }
  }
}

type SelfAssessmentInput = { criterionId: CriterionId; rating: Rating; evidence: string; version: number };
const assessmentSelect = { rating: true, evidence: true, version: true } as const;

/**
 * Creates (version 0) or updates (matching version) one self-assessment (lib/db/versioned-write.ts).
 * A stale version, or a create that lost a race with another member's, is a conflict carrying the
 * stored values.
 */
export async function saveSelfAssessment(projectId: AuthorizedProjectId, input: SelfAssessmentInput, actorId?: string) {
  const { criterionId, rating, evidence, version } = input;
  const result = await versionedWrite({
    model: "readinessSelfAssessment",
    where: { projectId, criterionId },
    version,
    data: { rating, evidence },
    select: assessmentSelect,
    create: { projectId, criterionId, rating, evidence },
    activity: recordLog("readiness", projectId, actorId, "selfAssessment", criterionId),
  });
  if (result.outcome === "saved") return { saved: true as const, current: result.row };
  return { saved: false as const, current: result.outcome === "conflict" ? result.current : null };
}
