// Writes for readiness: snapshots (only when the result changed).
import "server-only";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import { Prisma } from "@/lib/generated/prisma/client";
import { fingerprintOf } from "./fingerprint";
import type { ReadinessResult } from "./model";

const snapshotSelect = { id: true, createdAt: true, total: true, band: true } as const;

/**
 * Stores the result as a new snapshot unless the latest snapshot already says the same (same
 * ratings, reasons, values, stage, contradictions and rubric version). Returns the snapshot
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
