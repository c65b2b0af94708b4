// Benchmark plans: a small one and a large one (1,000 risks, 200 team members, 500 comments),
// written straight into the database so generating them takes seconds.
import { randomUUID } from "node:crypto";
import type { AuthorizedProjectId } from "../lib/authz/gate";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hashShareToken, newShareToken } from "../lib/share/model";
import { hashPassword } from "../lib/auth/password";

export type BenchPlan = { projectId: string; shareToken: string };
export type BenchWorld = { email: string; password: string; small: BenchPlan; large: BenchPlan; smallScored: BenchPlan; largeScored: BenchPlan };

const CATEGORIES = ["technicalMaturity", "security", "modelQuality", "computeCost", "competition", "dataPrivacy", "talentLoss", "cashFlow", "regulation", "ethics"];
const ROLES = ["deepLearningEngineer", "dataScientist", "backendEngineer", "productManager", "opsEngineer", "domainExpert"];

async function plan(db: PrismaClient, teamId: string, userId: string, size: { risks: number; members: number; comments: number }, name: string): Promise<BenchPlan> {
  const project = await db.project.create({ data: { teamId, name, oneLiner: "Benchmark plan", sector: "Legal", stage: "MVP", currency: "USD" } });
  const projectId = project.id;
  await db.teamMember.createMany({
    data: Array.from({ length: size.members }, (_, i) => ({
      projectId,
      name: `Member ${i + 1}`,
      title: "Engineer",
      commitment: i % 5 === 0 ? "PART_TIME" : "FULL_TIME",
      roles: [ROLES[i % ROLES.length]],
      skills: { mlEngineering: i % 4, softwareEngineering: (i + 1) % 4 },
      monthlyCost: 8000 + (i % 7) * 500,
    })),
  });
  const chunk = 500;
  for (let start = 0; start < size.risks; start += chunk) {
    await db.risk.createMany({
      data: Array.from({ length: Math.min(chunk, size.risks - start) }, (_, j) => {
        const i = start + j;
        const likelihood = (i % 5) + 1;
        const impact = ((i * 3) % 5) + 1;
        return {
          projectId,
          title: `Risk ${i + 1}`,
          description: "Generated for the benchmark.",
          category: CATEGORIES[i % CATEGORIES.length],
          likelihood,
          impact,
          score: likelihood * impact,
          mitigation: "Mitigation plan",
          contingency: "Contingency plan",
          status: i % 10 === 0 ? "closed" : "open",
        };
      }),
    });
  }
  await db.comment.createMany({
    data: Array.from({ length: size.comments }, (_, i) => ({
      projectId,
      section: ["team", "risks", "business-model"][i % 3],
      authorId: userId,
      body: `Comment ${i + 1}`,
      resolvedAt: i % 2 === 0 ? new Date() : null,
    })),
  });
  const shareToken = newShareToken();
  await db.shareLink.create({ data: { projectId, label: "bench", tokenHash: hashShareToken(shareToken), mode: "LIVE", createdById: userId } });
  return { projectId, shareToken };
}

export async function createBenchWorld(db: PrismaClient): Promise<BenchWorld> {
  const password = "bench-password-123";
  const email = `bench-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.user.create({ data: { email, name: "Bench", passwordHash: await hashPassword(password) } });
  const team = await db.team.create({ data: { name: "Bench team", memberships: { create: { userId: user.id, role: "OWNER" } } } });
  const small = await plan(db, team.id, user.id, { risks: 10, members: 5, comments: 10 }, "Small plan");
  const large = await plan(db, team.id, user.id, { risks: 1000, members: 200, comments: 500 }, "Large plan");
  // The same plans again, scored once: the summary then reads the stored score instead of computing it.
  const smallScored = await plan(db, team.id, user.id, { risks: 10, members: 5, comments: 10 }, "Small plan, scored");
  const largeScored = await plan(db, team.id, user.id, { risks: 1000, members: 200, comments: 500 }, "Large plan, scored");
  const { computeLiveReadiness } = await import("../lib/readiness/data");
  const { storeSnapshotIfChanged } = await import("../lib/readiness/mutations");
  for (const scored of [smallScored, largeScored]) {
    const id = scored.projectId as AuthorizedProjectId;
    await storeSnapshotIfChanged(id, (await computeLiveReadiness(id)).result, user.id);
  }
  return { email, password, small, large, smallScored, largeScored };
}
