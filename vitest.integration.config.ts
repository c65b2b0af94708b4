import path from "node:path";
import { defineConfig } from "vitest/config";

process.env.TZ = "America/Los_Angeles";

// Integration tests run serially against a real PostgreSQL database that global setup recreates.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts") } },
  test: {
    include: ["**/*.int.test.ts"],
    exclude: ["node_modules/**", ".next*/**"],
    environment: "node",
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    globalSetup: ["tests/integration/global-setup.ts"],
    setupFiles: ["tests/integration/setup.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
