// Demo data: a founder account owning two sample plans (one Chinese, one English). Idempotent:
// the account and projects are created once, and each section's seeder only fills a section
// that is still empty, so sections added later fill in on the next start.
import { db } from "../lib/db/client";
import { closeEmbeddedDatabase } from "../lib/db/adapters";
import { hashPassword } from "../lib/auth/password";
import { DEMO, type DemoProjects } from "./seed/demo";
import { SECTION_SEEDERS } from "./seed/sections";

async function ensureDemoAccount(): Promise<DemoProjects> {
  const existing = await db.user.findUnique({ where: { email: DEMO.email } });
  const user =
    existing ??
    (await db.user.create({ data: { email: DEMO.email, name: DEMO.name, passwordHash: await hashPassword(DEMO.password) } }));
  let team = await db.team.findFirst({ where: { name: DEMO.teamName, memberships: { some: { userId: user.id, role: "OWNER" } } } });
  team ??= await db.team.create({ data: { name: DEMO.teamName, memberships: { create: { userId: user.id, role: "OWNER" } } } });
  const ensureProject = async (p: (typeof DEMO.projects)[keyof typeof DEMO.projects]) =>
    (await db.project.findFirst({ where: { teamId: team.id, name: p.name } })) ??
    (await db.project.create({ data: { teamId: team.id, ...p } }));
  const zh = await ensureProject(DEMO.projects.zh);
  const en = await ensureProject(DEMO.projects.en);
  return { userId: user.id, teamId: team.id, zhProjectId: zh.id, enProjectId: en.id };
}

async function main() {
  const demo = await ensureDemoAccount();
  for (const seeder of SECTION_SEEDERS) await seeder(db, demo);
  console.log(`Demo data ready. Sign in as ${DEMO.email} / ${DEMO.password}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await db.$disconnect();
    await closeEmbeddedDatabase();
  });
