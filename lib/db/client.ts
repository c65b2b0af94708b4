// The one PrismaClient of the process. Only lib/*/data.ts, lib/*/mutations.ts and prisma/seed.ts
// import this module (enforced by ESLint).
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAdapterFactory } from "./adapters";

type Holder = { __launchpadPrisma?: PrismaClient };
const holder = globalThis as unknown as Holder;

function createClient(): PrismaClient {
  const client = new PrismaClient({
    adapter: createAdapterFactory(),
    log: process.env.PRISMA_LOG_QUERIES === "1" ? [{ emit: "event", level: "query" }] : [],
  });
  return client;
}

// One client per process (with PGlite two instances must never open the same data dir); kept on
// globalThis so dev-mode hot reloads reuse it.
export const db: PrismaClient = (holder.__launchpadPrisma ??= createClient());

export { Prisma } from "@/lib/generated/prisma/client";
