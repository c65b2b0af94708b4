// The Prisma CLI runs migrations on its bundled wasm schema engine through our driver adapter
// (lib/db/migrate-adapters.ts), so nothing is downloaded and no PRISMA_* variables are needed.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapterFactory } from "./lib/db/migrate-adapters";

// Bug 8: the wasm engine leaves 10 s / 60 s timers behind, so `migrate dev` lingers for a minute
// after finishing. Only in the CLI process: never let a long timer keep Node alive.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  const timer = setTimeoutOriginal(handler as () => void, timeout, ...args);
  if ((timeout ?? 0) >= 5000) (timer as unknown as NodeJS.Timeout).unref?.();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => createMigrationAdapterFactory(),
});
