// Test data made directly in the database (tests may use Prisma; the app's boundaries are tested
// through its actions and loaders).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/authz/permissions";

export const TEST_PASSWORD = "test-password-123";
// scrypt hash of TEST_PASSWORD, computed once per process.
let passwordHash: Promise<string> | undefined;
async function testPasswordHash() {
  const { hashPassword } = await import("@/lib/auth/password");
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export async function createUser(name = "Test User") {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${randomUUID().slice(0, 8)}@example.test`;
  return db.user.create({ data: { email, name, passwordHash: await testPasswordHash() }, select: { id: true, email: true, name: true, timeZone: true } });
}

/** A team with an owner and one member per given role, and a project. */
export async function createTeamWithProject(roles: Role[] = ["EDITOR", "COMMENTER", "VIEWER"]) {
  const owner = await createUser("Owner");
  const team = await db.team.create({ data: { name: `Team ${randomUUID().slice(0, 6)}`, memberships: { create: { userId: owner.id, role: "OWNER" } } } });
  const members: Partial<Record<Role, Awaited<ReturnType<typeof createUser>>>> = { OWNER: owner };
  for (const role of roles) {
    const user = await createUser(role);
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role } });
    members[role] = user;
  }
  const project = await db.project.create({ data: { teamId: team.id, name: "Test plan", oneLiner: "A test plan", sector: "Legal" } });
  const outsider = await createUser("Outsider");
  return { team, project, members: members as Record<Role, Awaited<ReturnType<typeof createUser>>>, outsider };
}
