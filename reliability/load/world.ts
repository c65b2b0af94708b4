// The data the simulated editors work on: one project, one EDITOR account per simulated editor,
// one risk per editor (saved by that editor alone) and a few shared risks everyone saves.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type Item = { id: string; title: string; shared: boolean; owner: number | null };
export type LoadWorld = { projectId: string; password: string; editorEmails: string[]; items: Item[] };

/** The editable fields of every generated risk; the editors change only the description. */
export const RISK_FIELDS = {
  title: "Load test risk",
  category: "computeCost",
  likelihood: 3,
  impact: 3,
  response: "mitigate",
  mitigation: "",
  contingency: "",
  status: "open",
} as const;

export async function createLoadWorld(db: PrismaClient, editors: number, sharedItems: number): Promise<LoadWorld> {
  const password = "reliability-password-123";
  const passwordHash = await hashPassword(password);
  const run = randomUUID().slice(0, 8);
  const owner = await db.user.create({ data: { email: `owner-${run}@example.test`, name: "Load owner", passwordHash } });
  const team = await db.team.create({ data: { name: "Load team", memberships: { create: { userId: owner.id, role: "OWNER" } } } });
  const project = await db.project.create({ data: { teamId: team.id, name: "Load plan", oneLiner: "Reliability run", sector: "Legal" } });

  const editorEmails = Array.from({ length: editors }, (_, i) => `editor-${i}-${run}@example.test`);
  await db.user.createMany({ data: editorEmails.map((email, i) => ({ email, name: `Editor ${i}`, passwordHash })) });
  const users = await db.user.findMany({ where: { email: { in: editorEmails } }, select: { id: true } });
  await db.membership.createMany({ data: users.map((u) => ({ teamId: team.id, userId: u.id, role: "EDITOR" as const })) });

  const items: Item[] = [];
  const specs = [...Array.from({ length: editors }, (_, i) => ({ shared: false, owner: i })), ...Array.from({ length: sharedItems }, () => ({ shared: true, owner: null }))];
  for (const [i, spec] of specs.entries()) {
    const title = `${RISK_FIELDS.title} ${i + 1}${spec.shared ? " (shared)" : ""}`;
    const risk = await db.risk.create({
      data: { projectId: project.id, ...RISK_FIELDS, title, score: RISK_FIELDS.likelihood * RISK_FIELDS.impact, description: "initial" },
      select: { id: true },
    });
    items.push({ id: risk.id, title, ...spec });
  }
  return { projectId: project.id, password, editorEmails, items };
}
