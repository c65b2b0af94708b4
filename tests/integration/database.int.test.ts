// The database layer on both engines: migrations apply, transactions roll back, and a unique
// violation surfaces as Prisma's P2002 (not a raw driver error) on PostgreSQL and on PGlite.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient, Prisma } from "@/lib/generated/prisma/client";
import { closeEmbeddedDatabase, createAdapterFactory } from "@/lib/db/adapters";
import { testDatabaseUrl } from "../support/databases";

const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "launchpad-pglite-"));

function clientFor(engine: "postgres" | "pglite"): PrismaClient {
  const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DATA_DIR };
  if (engine === "postgres") process.env.DATABASE_URL = testDatabaseUrl("integration");
  else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = pgliteDir;
  }
  const client = new PrismaClient({ adapter: createAdapterFactory() });
  process.env.DATABASE_URL = saved.url;
  if (saved.dir === undefined) delete process.env.PGLITE_DATA_DIR;
  else process.env.PGLITE_DATA_DIR = saved.dir;
  return client;
}

describe.each(["postgres", "pglite"] as const)("database on %s", (engine) => {
  let client: PrismaClient;

  it("applies every migration with prisma migrate deploy", () => {
    const env = { ...process.env };
    if (engine === "pglite") {
      delete env.DATABASE_URL;
      env.PGLITE_DATA_DIR = pgliteDir;
    }
    const out = execFileSync("npx", ["prisma", "migrate", "deploy"], { env, encoding: "utf8" });
    expect(out).toMatch(/successfully applied|No pending migrations/);
    const status = execFileSync("npx", ["prisma", "migrate", "status"], { env, encoding: "utf8" });
    expect(status).toMatch(/Database schema is up to date/);
    client = clientFor(engine);
    // Two CLI runs over every migration; on a loaded 2-core machine PGlite alone takes well over 30 s.
  }, 240_000);

  it("commits a transaction and rolls back a failed one", async () => {
    const email = `tx-${engine}-${Date.now()}@example.test`;
    await client.$transaction(async (tx) => {
      await tx.user.create({ data: { email, name: "Tx", passwordHash: "x" } });
    });
    await expect(
      client.$transaction(async (tx) => {
        await tx.user.create({ data: { email: `rolled-${email}`, name: "Tx", passwordHash: "x" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await client.user.count({ where: { email } })).toBe(1);
    expect(await client.user.count({ where: { email: `rolled-${email}` } })).toBe(0);
  });

  it("maps a unique violation to P2002", async () => {
    const email = `dup-${engine}-${Date.now()}@example.test`;
    await client.user.create({ data: { email, name: "A", passwordHash: "x" } });
    const error = await client.user.create({ data: { email, name: "B", passwordHash: "x" } }).catch((e) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("runs a version-checked UPDATE … RETURNING inside an interactive transaction (what lib/db/versioned-write.ts relies on)", async () => {
    const email = `ret-${engine}-${Date.now()}@example.test`;
    const user = await client.user.create({ data: { email, name: "Before", passwordHash: "x" }, select: { id: true } });
    const [matched, missed] = await client.$transaction(async (tx) => {
      const before = await tx.user.findFirst({ where: { id: user.id }, select: { name: true } });
      expect(before).toEqual({ name: "Before" });
      return [
        await tx.user.updateManyAndReturn({ where: { id: user.id, name: "Before" }, data: { name: "After" }, select: { id: true, name: true } }),
        await tx.user.updateManyAndReturn({ where: { id: user.id, name: "Before" }, data: { name: "Lost" }, select: { id: true, name: true } }),
      ];
    });
    expect(matched).toEqual([{ id: user.id, name: "After" }]);
    expect(missed).toEqual([]);
    expect((await client.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).name).toBe("After");
    // The activity's old → new values column exists on both engines.
    const column = await client.$queryRaw<{ data_type: string }[]>`SELECT data_type FROM information_schema.columns WHERE table_name = 'Activity' AND column_name = 'changes'`;
    expect(column).toEqual([{ data_type: "jsonb" }]);
  });

  afterAll(async () => {
    await client?.$disconnect();
    if (engine === "pglite") await closeEmbeddedDatabase();
  });
});
